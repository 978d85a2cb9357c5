// The sentences of `sdplan actuals import`, in English and Korean. Findings are worded by
// messages.ts; these are the command's own lines (what was written, why nothing was).
import type { Lang } from './labels.js';
import { withParticle } from './particle.js';

type Words = {
  readAsCp949: (file: string) => string;
  noRows: (file: string) => string;
  nothingNew: (file: string) => string;
  added: (n: number, rel: string, dryRun: boolean) => string;
  refused: (n: number) => string;
  alreadyInPlan: (file: string) => string;
  badTo: (to: string) => string;
  readOnly: (rel: string) => string;
  cannotReadTarget: (rel: string, code: string) => string;
  missingColumns: (rel: string, columns: string) => string;
  cannotRead: (file: string, code: string) => string;
  notTemplate: (file: string) => string;
  unreadableWorkbook: (file: string, detail: string) => string;
  otherPlan: (file: string, theirs: string, ours: string) => string;
};

const EN: Words = {
  readAsCp949: (file) => `sdplan: read ${file} as CP949 (EUC-KR) and converted it to UTF-8\n`,
  noRows: (file) => `${file} has no rows to import: it holds a header only (or no filled-in value). Nothing was written.\n`,
  nothingNew: (file) => `Nothing new: every row of ${file} is already recorded.\n`,
  added: (n, rel, dryRun) => `${dryRun ? 'Would add' : 'Added'} ${n} row(s) to ${rel}:\n`,
  refused: (n) => `sdplan: nothing was imported; fix the ${n} problem(s) above.\n`,
  alreadyInPlan: (file) => `${file} is already part of the plan`,
  badTo: (to) => `--to expects a file the plan reads, actuals/NAME.csv (relative to the plan folder, lower-case .csv), got "${to}"`,
  readOnly: (rel) => `${rel} is read-only; nothing was imported (make it writable, or import to another file with --to)`,
  cannotReadTarget: (rel, code) => `cannot read ${rel} to add to it (${code}); nothing was imported`,
  missingColumns: (rel, columns) =>
    `${rel} has no column ${columns}, which the imported rows fill; add it to the header of ${rel} (or import to another file with --to). Nothing was imported.`,
  cannotRead: (file, code) => `cannot read ${file} (${code})`,
  notTemplate: (file) => `${file} is not an sdplan template (make one with sdplan actuals template --format xlsx)`,
  unreadableWorkbook: (file, detail) => `${file} cannot be read as a workbook (${detail})`,
  otherPlan: (file, theirs, ours) => `${file} is a template of plan ${theirs}, not ${ours}`,
};

const KO: Words = {
  readAsCp949: (file) => `sdplan: ${withParticle(file, '을/를')} CP949(EUC-KR)로 읽어 UTF-8로 바꿨습니다\n`,
  noRows: (file) => `${file}에는 가져올 행이 없습니다. 머리글만 있거나 값을 채운 행이 없습니다. 아무것도 쓰지 않았습니다.\n`,
  nothingNew: (file) => `새로운 내용 없음: ${file}의 모든 행이 이미 기록되어 있습니다.\n`,
  added: (n, rel, dryRun) => `${rel}에 ${n}행을 ${dryRun ? '추가합니다(--dry-run이므로 쓰지 않음)' : '추가했습니다'}:\n`,
  refused: (n) => `sdplan: 아무것도 가져오지 않았습니다. 위의 문제 ${n}건을 고치세요.\n`,
  alreadyInPlan: (file) => `${withParticle(file, '은/는')} 이미 계획의 파일입니다`,
  badTo: (to) => `--to에는 계획이 읽는 파일 actuals/이름.csv(계획 폴더 기준, 소문자 .csv)를 주어야 합니다. 받은 값: "${to}"`,
  readOnly: (rel) => `${withParticle(rel, '은/는')} 읽기 전용이라 아무것도 가져오지 않았습니다(쓰기를 허용하거나 --to로 다른 파일을 고르세요)`,
  cannotReadTarget: (rel, code) => `${withParticle(rel, '을/를')} 읽을 수 없어(${code}) 아무것도 가져오지 않았습니다`,
  missingColumns: (rel, columns) =>
    `${rel}에 가져올 행이 채우는 ${columns} 열이 없습니다. ${rel} 머리글에 열을 더하거나 --to로 다른 파일을 고르세요. 아무것도 가져오지 않았습니다.`,
  cannotRead: (file, code) => `${withParticle(file, '을/를')} 읽을 수 없습니다(${code})`,
  notTemplate: (file) => `${withParticle(file, '은/는')} sdplan 서식이 아닙니다(sdplan actuals template --format xlsx로 만드세요)`,
  unreadableWorkbook: (file, detail) => `${withParticle(file, '을/를')} 통합 문서로 읽을 수 없습니다(${detail})`,
  otherPlan: (file, theirs, ours) => `${withParticle(file, '은/는')} ${ours} 계획이 아니라 ${theirs} 계획의 서식입니다`,
};

export const IMPORT_WORDS: Record<Lang, Words> = { en: EN, ko: KO };
