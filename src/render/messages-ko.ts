// 검증 결과 문장(한국어). Keyed by RuleId like the English table, so a rule without a Korean
// sentence does not compile.
import { particleFor, withParticle } from './particle.js';
import { causesText, LEVEL_WORDS } from './change-causes.js';
import type { DiagArgs } from '../model/diagnostic.js';
import type { RuleId } from '../model/rule-ids.js';
import { TEMPLATE_HEADERS } from '../model/actual-columns.js';

type Msg = (a: DiagArgs) => string;

/** csv-parse의 오류 코드를 말로. */
const CSV_REASON_KO: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: '따옴표로 시작한 칸이 닫히지 않았습니다 (" 누락)',
  CSV_INVALID_CLOSING_QUOTE: '칸 안의 따옴표가 두 번("") 쓰이지 않았습니다',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: '칸을 닫는 따옴표 뒤에 글자가 있습니다',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: '칸 수가 머리글과 다릅니다',
  CSV_RECORD_INCONSISTENT_COLUMNS: '칸 수가 머리글과 다릅니다',
  CSV_MAX_RECORD_SIZE: '행이 너무 깁니다',
};

/** A column of the template by the header the Korean workbook shows (value -> 실적). */
const header = (field: unknown): string => (TEMPLATE_HEADERS.ko as Record<string, string>)[String(field)] ?? String(field);

const mean = (a: DiagArgs) =>
  a.suggestion === undefined
    ? ''
    : a.continuedBy !== undefined
      ? ` ${a.suggestion}(${withParticle(a.continuedBy, '이/가')} 이어받음)을 뜻하셨나요?`
      : ` ${withParticle(a.suggestion, '을/를')} 뜻하셨나요?`;
const pct = (x: string | number | undefined) => `${Math.round(Number(x) * 1000) / 10}%`;
const signed = (x: string | number | undefined) => (Number(x) > 0 ? `+${Number(x)}` : `${Number(x)}`);
const other = (a: DiagArgs) => (a.otherFile !== undefined ? ` (처음 정의: ${a.otherFile}:${a.otherLine})` : '');

/** The key a fix is written under: `value` of `baseline.value`, `2018` of `budget.2018`. */
const lastKey = (field: string | number | undefined) => String(field).split('.').pop();
const DIRECTION_KO: Record<string, string> = { increase: '증가', decrease: '감소', milestone: '단계 달성' };

const SCHEMA_PROBLEMS: Record<string, Msg> = {
  key: (a) => `여기에는 "${a.value}" 키를 쓸 수 없습니다 (연도는 네 자리 숫자, 언어는 ko·en 같은 코드).`,
  pattern: (a) => `값 "${a.value}"의 형식이 이 항목에 맞지 않습니다 (ID와 코드 형식을 확인하세요).`,
  enum: (a) => `값 "${a.value}"은(는) 허용된 값(${a.allowed})이 아닙니다.`,
  minimum: (a) => `값 ${withParticle(a.value, '이/가')} 최솟값 ${a.limit}보다 작습니다.`,
  maximum: (a) => `값 ${withParticle(a.value, '이/가')} 최댓값 ${a.limit}보다 큽니다.`,
  exclusiveMinimum: (a) => `값 ${withParticle(a.value, '은/는')} ${a.limit}보다 커야 합니다.`,
  exclusiveMaximum: (a) => `값 ${withParticle(a.value, '은/는')} ${a.limit}보다 작아야 합니다.`,
  format: (a) => `값 "${a.value}"은(는) 올바른 ${a.format} 형식이 아닙니다 (날짜는 YYYY-MM-DD).`,
  unique: (a) => `목록의 ${Number(a.j) + 1}번째와 ${Number(a.i) + 1}번째 항목이 같습니다. 항목은 한 번씩만 씁니다.`,
  minItems: (a) => `이 목록에는 항목이 ${a.limit}개 이상 필요합니다.`,
  maxItems: (a) => `이 목록에는 항목을 ${a.limit}개까지만 쓸 수 있습니다.`,
  minLength: () => `이 글은 비어 있으면 안 됩니다.`,
  maxLength: (a) => `이 글은 ${a.limit}자를 넘습니다.`,
  minProperties: () => `이 항목은 비어 있으면 안 됩니다.`,
};

export const MESSAGES_KO: Record<RuleId, Msg> = {
  'file/unreadable': (a) =>
    a.reason === 'not-a-file' ? '일반 파일이 아니라서(파이프, 소켓, 장치) 읽지 않았습니다.' : `파일을 읽을 수 없습니다 (${a.reason}).`,
  'file/plan-too-large': (a) =>
    `계획 파일 ${a.files}개의 크기가 모두 ${a.size}바이트로 계획 한도 ${a.limit}바이트를 넘어 아무 파일도 읽지 않았습니다. 가장 큰 파일은 ${a.largest}(${a.largestSize}바이트)입니다.`,
  'file/outside-plan': (a) => `계획 폴더 밖(${a.target})을 가리키는 링크라서 읽지 않았습니다.`,
  'file/empty': (a) =>
    a.problem === 'empty'
      ? `파일이 비어 있습니다. \`${a.key}:\` ${a.key === 'sdplan' ? '키(sdplan: 1, id, title, period, languages)가' : '목록이'} 필요합니다.`
      : `파일의 최상위는 \`${a.key}:\` 키가 있는 맵이어야 합니다. 목록이나 단일 값은 쓸 수 없습니다.`,
  'check/held-back': (a) => `${a.files} 파일을 쓸 수 없어 파일 사이의 규칙(참조, 목표값, 실적, 거버넌스)을 실행하지 않았습니다. 먼저 그 파일을 고치세요.`,
  'file/too-large': (a) => `파일 크기가 ${a.size}바이트로 한도 ${a.limit}바이트를 넘어 읽지 않았습니다.`,
  'file/encoding': (a) =>
    a.problem === 'not-utf8'
      ? `파일이 UTF-8이 아닙니다 (처음 잘못된 바이트 위치 ${a.byte}). UTF-8로 저장하세요.`
      : a.problem === 'not-utf8-or-cp949'
        ? `파일이 UTF-8도 CP949(EUC-KR)도 아닙니다 (처음 잘못된 바이트 위치 ${a.byte}). 엑셀에서 'CSV UTF-8'로 저장하세요.`
        : `계획 파일에 있을 수 없는 제어 문자 ${withParticle(a.char, '이/가')} 있습니다. 지우세요.`,
  'file/merge-conflict': () => `git 병합 충돌 표시(<<<<<<<, =======, >>>>>>>)가 남아 있습니다. 충돌을 먼저 해결하세요.`,
  'layout/missing-file': (a) => `계획 폴더에 꼭 필요한 ${withParticle(a.file, '이/가')} 없습니다.`,
  'yaml/syntax': (a) => (a.reason === 'tab-indent' ? `들여쓰기에 탭을 썼습니다. YAML은 공백만 허용합니다.` : `YAML을 읽을 수 없습니다: ${a.reason}.`),
  'yaml/duplicate-key': (a) => `같은 맵에 "${a.key}" 키가 두 번 있습니다. 값 하나가 사라집니다.`,
  'yaml/unknown-tag': (a) => `알 수 없는 태그 ${a.tag}입니다. 계획 파일에는 일반 값만 씁니다.`,
  'yaml/alias-limit': (a) => `별칭(alias)을 허용보다 많이 씁니다 (한도 ${a.limit}개, 펼친 노드 ${a.expansion}개). 읽지 않았습니다.`,
  'yaml/thousands-separator': (a) =>
    Number(a.quoted)
      ? `{...} 맵 안에서는 쉼표가 항목을 나누므로 ${withParticle(a.written, '이/가')} 둘로 잘립니다. 글을 따옴표로 감싸 ${a.fix}처럼 쓰세요.`
      : `{...} 맵 안에서는 쉼표가 항목을 나누므로 ${withParticle(a.written, '이/가')} 두 항목으로 읽힙니다. 천 단위 쉼표 없이 ${withParticle(a.fix, '으로/로')} 쓰세요.`,
  'schema/unknown-field': (a) => `"${a.field}" 항목은 형식에 없습니다.${mean(a)}`,
  'schema/missing-field': (a) => `필수 항목 "${a.field}"이(가) 없습니다${a.with !== undefined ? ` ("${a.with}" 항목과 함께 써야 합니다)` : ''}.`,
  'schema/wrong-type': (a) =>
    (a.expected === 'text'
      ? `글(문자열 또는 {ko: ..., en: ...})이 와야 하는데 ${withParticle(a.actual, '이/가')} 있습니다.`
      : `${withParticle(a.expected, '이/가')} 와야 하는데 ${withParticle(a.actual, '이/가')} 있습니다.`) +
    (a.example !== undefined ? ` 이렇게 쓰세요: ${a.example}` : ''),
  'schema/invalid-value': (a) => (SCHEMA_PROBLEMS[String(a.problem)] ?? (() => `값이 ${a.problem} 조건에 맞지 않습니다.`))(a),
  'value/number-as-text': (a) =>
    a.problem === 'unclear'
      ? `${a.field} 값 "${a.value}"${particleFor(String(a.value), '은/는')} 숫자 자리에 쓴 글입니다. 쉼표는 천 단위(1,800), 점은 소수점(1.5)을 나타내니 뜻한 숫자를 쓰세요.`
      : `${a.field} 값 "${a.value}"${particleFor(String(a.value), '은/는')} 숫자 자리에 쓴 글입니다. ${lastKey(a.field)}: ${a.fix}처럼 숫자만 쓰세요${a.unit !== undefined ? ` (단위 ${withParticle(a.unit, '은/는')} 값에 넣지 않습니다)` : ''}.`,
  'value/not-finite': (a) =>
    a.problem === 'nan'
      ? `${withParticle(a.value, '은/는')} YAML에서 '숫자가 아님'을 뜻하므로 달성률·합계·평균 어디에도 쓸 수 없습니다. 숫자를 쓰거나, 값이 없으면 항목을 빼세요.`
      : a.problem === 'infinite'
        ? `${withParticle(a.value, '은/는')} YAML에서 무한대를 뜻하므로 달성률·합계·평균 어디에도 쓸 수 없습니다. 유한한 숫자를 쓰세요.`
        : `${withParticle(a.value, '은/는')} 다룰 수 있는 가장 큰 수(약 1.8e308)를 넘어 무한대로 읽힙니다. 자릿수를 확인하세요.`,
  'id/duplicate': (a) => `ID ${a.id}(${a.kind})는 이미 ${a.otherKind}에 쓰였습니다${other(a)}. 목표·전략·과제·지표의 ID는 서로 달라야 합니다.`,
  'ref/unknown-strategy': (a) => `과제 ${a.task}의 전략 ${withParticle(a.strategy, '이/가')} goals.yaml에 없습니다.${mean(a)}`,
  'ref/unknown-goal': (a) => `${a.owner}의 목표 ${withParticle(a.goal, '이/가')} goals.yaml에 없습니다.${mean(a)}`,
  'ref/unknown-team': (a) => `과제 ${a.task}의 ${a.role === 'lead' ? '주관' : '협력'} 팀 ${withParticle(a.team, '이/가')} plan.yaml 조직에 없습니다.${mean(a)}`,
  'ref/unknown-department': (a) => `지표 ${a.indicator}의 관리 부서 ${withParticle(a.department, '이/가')} plan.yaml 조직에 없습니다.${mean(a)}`,
  'ref/unknown-indicator': (a) =>
    `과제 ${withParticle(a.task, '이/가')} 효과를 밝힌 지표 ${withParticle(a.indicator, '이/가')} indicators.yaml에 없습니다.${mean(a)}`,
  'ref/unknown-body': (a) => `${a.owner}의 기구 ${withParticle(a.body, '이/가')} governance.yaml에 없습니다.${mean(a)}`,
  'ref/unknown-task': (a) => `검토 후 유지한 중복 목록의 과제 ${withParticle(a.task, '이/가')} 계획에 없습니다.${mean(a)}`,
  'period/outside-plan': (a) =>
    a.problem === 'reversed'
      ? `과제 ${a.task}의 종료 연도(${a.end})가 시작 연도(${a.start})보다 앞섭니다.`
      : `과제 ${a.task}의 기간 ${a.start}-${withParticle(a.end, '이/가')} 계획 기간 ${a.planStart}-${withParticle(a.planEnd, '을/를')} 벗어납니다.`,
  'target/outside-period': (a) => `지표 ${a.indicator}의 ${a.year}년 목표가 과제 ${a.task}의 기간(${a.start}-${a.end}) 밖입니다.`,
  'target/against-direction': (a) =>
    `지표 ${withParticle(a.indicator, '은/는')} ${a.direction === 'decrease' ? '낮을수록' : '높을수록'} 좋은데 ${Number(a.count) > 1 ? `목표값 ${a.count}개(${a.years}년)가` : `${a.year}년 목표값(${a.target})이`} 기준값(${a.baseline})의 반대편에 있습니다. ` +
    `기준값이 이미 목표를 충족하는 현상 유지 목표(값이 목표 쪽에 머무는 동안 달성)이거나, 방향 또는 목표값을 잘못 적은 것입니다. 평가는 계속합니다.`,
  'target/number-as-text': (a) =>
    a.problem === 'unclear'
      ? `지표 ${a.indicator}의 ${a.year}년 목표 "${a.value}"${particleFor(String(a.value), '은/는')} 글이라 평가되지 않습니다. 쉼표는 천 단위(1,800), 점은 소수점(1.5)을 나타내니 뜻한 숫자를 쓰세요.`
      : `지표 ${a.indicator}의 ${a.year}년 목표 "${a.value}"${particleFor(String(a.value), '은/는')} 숫자를 글로 쓴 것이라 평가되지 않고, 이 지표는 모든 평균에서 빠집니다. ${a.year}: ${a.fix}처럼 숫자만 쓰세요` +
        (a.writtenUnit !== undefined ? ` (글의 단위는 ${a.writtenUnit}, 지표의 단위는 ${a.unit}입니다. 수치를 확인하세요)` : '') +
        (a.qualifier === undefined
          ? ''
          : a.against !== undefined
            ? ` (다만 "${a.qualifier}"${particleFor(String(a.qualifier), '은/는')} 지표의 방향(${DIRECTION_KO[String(a.direction)] ?? a.direction})과 반대쪽 한계입니다. 방향을 확인하세요)`
            : ` (어느 쪽이 나은지는 지표의 방향(${DIRECTION_KO[String(a.direction)] ?? a.direction})이 이미 정합니다)`) +
        '.',
  'unit/missing': (a) => `지표 ${withParticle(a.indicator, '은/는')} 정량 지표인데 단위가 없습니다. 단위를 적거나 지표 유형(정성, 모니터링, 미래)을 적으세요.`,
  'ref/unknown-dimension': (a) => `지표 ${a.indicator}의 세부 구분 ${withParticle(a.dimension, '이/가')} plan.yaml의 dimensions에 없습니다.${mean(a)}`,
  'weights/no-budget': (a) =>
    `과제 ${a.task}에 ${a.years}년 예산이 없습니다. 예산 가중(evaluation.weights: budget)에서는 그해 예산이 있는 과제들의 평균 예산으로 가중합니다. 예산을 적으세요.`,
  'target/missing-final': (a) => `지표 ${a.indicator}에 과제 ${a.task}의 마지막 해 ${a.year}년 목표가 없습니다.`,
  'baseline/after-target': (a) => `지표 ${a.indicator}의 기준 연도 ${a.baselineYear}년이 첫 목표 연도 ${a.targetYear}년보다 늦습니다.`,
  'task/no-indicator': (a) => `과제 ${a.task}에 성과지표가 없어 평가할 수 없습니다.`,
  'weight/invalid': (a) => `지표 ${a.indicator}의 가중치가 ${a.weight}입니다. 가중치는 0보다 큰 수여야 합니다.`,
  'sdg/unknown-target': (a) => `목표 ${a.goal}의 SDG 세부목표 ${withParticle(a.target, '은/는')} UN 목록에 없습니다.`,
  'sdg/unknown-indicator': (a) => `지표 ${a.indicator}의 SDG 지표 ${withParticle(a.code, '은/는')} UN 목록에 없습니다.`,
  'i18n/missing-translation': (a) => `${a.owner}의 ${a.field}에 ${a.languages} 글이 없습니다.`,
  'i18n/unknown-language': (a) => `${a.owner}의 글이 계획 언어(${a.languages})에 없는 "${a.language}"로 쓰였습니다.`,
  'goal/no-task': (a) => `목표 ${withParticle(a.goal, '을/를')} 이행하는 과제가 없습니다.`,
  'strategy/no-task': (a) => `전략 ${withParticle(a.strategy, '을/를')} 이행하는 과제가 없습니다.`,
  'team/no-task': (a) => `팀 ${withParticle(a.team, '이/가')} 주관하는 과제가 없습니다.`,
  'governance/gender-share': (a) =>
    `${a.body}의 위원 ${a.total}명 중 ${a.count}명(${pct(a.share)})이 ${withParticle(a.gender, '으로/로')}, 기준 최대 비율 ${withParticle(pct(a.max), '을/를')} 넘습니다.`,
  'governance/external-share': (a) =>
    `${a.body}의 위원 ${a.total}명 중 외부 위원이 ${a.external}명(${pct(a.share)})으로, 기준 최소 비율 ${pct(a.min)}에 못 미칩니다.`,
  'actuals/syntax': (a) =>
    a.reason === 'empty'
      ? `파일이 비어 있습니다. indicator,year,value 머리글 행이 필요합니다.`
      : a.reason === 'missing-columns'
        ? `머리글 행에 ${a.columns} 열이 없습니다. 적어도 indicator,year,value 열이 필요합니다.`
        : `${a.row}행을 읽을 수 없습니다: ${CSV_REASON_KO[String(a.reason)] ?? `CSV 형식 오류 (${a.reason})`}.`,
  'actuals/unknown-indicator': (a) => `${a.row}행의 지표 ${withParticle(a.indicator, '이/가')} 계획에 없습니다.${mean(a)}`,
  'actuals/replaced-history': (a) =>
    `${a.row}행의 ${withParticle(a.indicator, '은/는')} ${a.replacedBy} 과제로 통합된 ${a.task} 과제의 지표이며, 이를 이어받는 지표가 없습니다(지표의 replaces에 적으면 이력으로 셉니다). 이력으로 보존합니다.`,
  'actuals/bad-value': (a) =>
    a.field === 'indicator'
      ? `${a.row}행에 지표 ID가 없습니다.`
      : a.field === 'year'
        ? `${a.row}행의 연도 "${a.value}"는 1900~2200의 네 자리 숫자가 아닙니다.`
        : `${a.row}행의 값 "${a.value}"는 숫자가 아닙니다 (천 단위 쉼표나 단위 없이 1234.5처럼 쓰고, 측정하지 않았으면 비워 두세요).`,
  'interactions/syntax': (a) =>
    a.reason === 'empty'
      ? `파일이 비어 있습니다. from,to,score,confidence,note,scored_by 머리글 행이 필요합니다.`
      : a.reason === 'missing-columns'
        ? `머리글 행에 ${a.columns} 열이 없습니다. 적어도 from,to,score 열이 필요합니다.`
        : `${a.row}행을 읽을 수 없습니다: ${CSV_REASON_KO[String(a.reason)] ?? `CSV 형식 오류 (${a.reason})`}.`,
  'interactions/bad-value': (a) =>
    a.field === 'score'
      ? `${a.row}행의 점수 "${a.value}"는 -3(상쇄)부터 +3(불가분)까지의 정수가 아닙니다.`
      : a.field === 'confidence'
        ? `${a.row}행의 신뢰도 "${a.value}"는 low, medium, high 중 하나여야 합니다(비워 둘 수 있음).`
        : `${a.row}행에 ${a.field} ID가 없습니다.`,
  'interactions/unknown-id': (a) =>
    `${a.row}행의 ${a.field} ${withParticle(String(a.id), '은/는')} 계획의 목표, 전략, 과제, 지속가능성 지표가 아닙니다.${mean(a)}`,
  'interactions/direction': (a) =>
    a.problem === 'self'
      ? `${a.row}행은 ${withParticle(String(a.id), '이/가')} 자기 자신에 미치는 영향을 매깁니다.`
      : `${a.row}행은 지속가능성 지표 ${withParticle(String(a.id), '이/가')} ${a.to}에 미치는 영향을 매깁니다. 지표는 영향을 받는 쪽이므로 from에는 영향을 주는 목표, 전략, 과제를 적으세요.`,
  'interactions/duplicate': (a) =>
    `${a.row}행은 ${a.from} → ${a.to} 영향을 다시 매깁니다(${a.otherRow}행은 ${signed(a.otherScore)}점). 한 쌍에 한 행만 두세요.`,
  'interactions/unknown-body': (a) => `${a.row}행을 매긴 ${withParticle(String(a.body), '은/는')} governance.yaml에 없는 기구입니다.${mean(a)}`,
  'interactions/contradicts-effects': (a) =>
    `${a.row}행은 ${a.from} → ${a.to} 영향을 ${signed(a.score)}점으로 매겼지만, ${a.tasks} 과제의 선언된 효과는 ${a.indicators} 지표를 ${a.effect === 'hurts' ? '악화시킵니다' : '개선합니다'}.`,
  'actuals/year-outside-plan': (a) => `${a.row}행의 ${a.indicator} ${a.year}년 실적이 계획 기간 ${a.start}-${a.end} 밖입니다.`,
  'actuals/unknown-column': (a) =>
    a.onImport === 'yes'
      ? `${a.column} 열은 sdplan이 읽는 열도, plan.yaml의 세부 구분도 아니어서 가져오면 값이 사라집니다.${mean(a)} 열을 지우거나, plan.yaml의 dimensions에 더하거나, 값 없이 가져오려면 --rule actuals/unknown-column=warning을 쓰세요.`
      : `${a.column} 열은 sdplan이 읽는 열도, plan.yaml의 세부 구분도 아니어서 값을 무시합니다.${mean(a)}`,
  'actuals/unknown-breakdown': (a) =>
    `${a.row}행의 ${a.indicator} 세부 구분 ${a.dimension}=${withParticle(a.value, '은/는')} plan.yaml에 없는 값입니다. 허용 값: ${a.allowed || '없음'}.`,
  'actuals/missing-total': (a) =>
    `${a.indicator}에 ${a.year}년 세부 구분 행(${a.row}행부터)만 있고 전체 행이 없습니다. 달성률과 추세는 전체 값을 쓰므로 ${a.year}년은 미측정으로 봅니다.`,
  'actuals/implausible': (a) =>
    `${a.row}행: ${a.indicator} ${a.year}년 값 ${withParticle(String(a.value), '은/는')}` +
    (a.problem === 'percent'
      ? ' 0~100을 벗어난 백분율입니다.'
      : a.problem === 'negative-count'
        ? ' 음수인 개수입니다.'
        : a.problem === 'after-task'
          ? ` 과제가 끝난 뒤(${a.end}년)의 값입니다.`
          : ` ${a.previousYear}년 값 ${a.previous}의 10배 넘게 ${Number(a.value) > Number(a.previous) ? '큽니다' : '작습니다'}.`) +
    ' 값을 확인하세요.',
  'actuals/merge-conflict': (a) =>
    `${withParticle(a.continuing, '이/가')} 이어받는 ${withParticle(a.otherIndicator, '와/과')} ${a.indicator} 모두 ${a.year}년 값을 적었습니다: ${a.otherIndicator} ${a.otherValue}(${a.otherFile} ${a.otherRow}행), ${a.indicator} ${a.value}(${a.row}행). ${a.continuing}에 \`combine: sum\`(합계), \`mean\`(평균) 또는 \`last\`(replaces의 마지막 지표)로 합치는 방법을 적거나 한쪽을 지우십시오. 그때까지 이 해의 값은 없습니다.`,
  'actuals/merge-partial': (a) =>
    `${withParticle(a.indicator, '은/는')} 이어받는 지표들의 합계(combine: sum)인데, ${a.year}년에는 ${a.given}의 값만 있고 ${a.missing}의 값은 없습니다. 합계의 일부는 합계가 아니므로 ${a.year}년 값은 없습니다.`,
  'actuals/conflict': (a) =>
    `${a.row}행은 ${a.indicator}${a.breakdown ? `(${a.breakdown})` : ''}의 ${a.year}년 값을 ${withParticle(a.value, '으로/로')}, ${a.otherFile} ${a.otherRow}행은 ${withParticle(a.otherValue, '으로/로')} 적었습니다.`,
  'import/cell': (a) =>
    `${a.cell} 칸(${header(a.field)})` +
    (a.kind === 'date'
      ? `에 ${a.field === 'year' ? '연도' : '숫자'}가 아닌 날짜 ${withParticle(String(a.shown), '이/가')} 있습니다. 셀 서식을 '일반'으로 바꾸고 ${a.field === 'year' ? '연도' : '숫자'}를 입력하세요.`
      : a.kind === 'formula'
        ? `에 저장된 값이 없는 수식 ${withParticle(String(a.shown), '이/가')} 있습니다(엑셀에서 통합 문서를 열어 저장하거나 숫자를 입력하세요).`
        : `에 오류 ${withParticle(String(a.shown || '(알 수 없음)'), '이/가')} 표시됩니다. 숫자를 입력하거나, 측정하지 않았으면 비워 두세요.`),
  'import/formula': (a) => `${a.cell} 칸에는 수식 ${withParticle(String(a.formula), '이/가')} 있어 저장된 값 ${withParticle(a.value, '을/를')} 가져왔습니다.`,
  'import/percent': (a) =>
    `${a.cell !== undefined ? `${a.cell} 칸` : `${a.row}행`}의 ${withParticle(String(a.shown), '을/를')} ${withParticle(a.value, '으로/로')} 읽었습니다(${a.indicator}의 단위: ${a.unit}).`,
  'import/percent-unit': (a) =>
    `${a.cell !== undefined ? `${a.cell} 칸` : `${a.row}행`}에 ${withParticle(String(a.shown), '이/가')} 적혀 있지만 ${a.indicator}의 단위는 %가 아니라 ${a.unit || '(없음)'}입니다. ${a.cell !== undefined ? '백분율 서식을 지우고 ' : ''}${a.unit || '해당 단위'} 기준 값으로 적으세요.`,
  'import/merged-cell': (a) => `${a.cell} 칸(${header(a.field)})이 ${a.range} 범위로 병합되어 한 값이 여러 행에 들어갑니다. 병합을 풀고 행마다 값을 적으세요.`,
  'import/marker-tampered': (a) =>
    a.problem === 'missing'
      ? `통합 문서의 숨은 시트 ${a.sheet}에 검사값이 없습니다(이전 버전 sdplan이 만들었거나 고친 문서). sdplan actuals template -f xlsx로 서식을 새로 만드세요.`
      : `통합 문서의 숨은 시트 ${withParticle(String(a.sheet), '이/가')} sdplan이 만든 뒤 바뀌어 열 구성을 믿을 수 없습니다. sdplan actuals template -f xlsx로 서식을 새로 만드세요.`,
  'import/too-large': (a) =>
    `통합 문서의 압축을 풀면 ${a.limit}바이트를 넘습니다(${a.size}바이트 이상). 읽지 않았습니다. 채운 서식은 훨씬 작으니 압축 폭탄인지 확인하세요.`,
  'config/unknown-rule': (a) => `${a.rule} 규칙은 없습니다.${mean(a)}`,
  'evaluation/not-this-plan': (a) =>
    a.problem === 'plan'
      ? `이 ${a.period} 평가 기록은 ${a.plan} 계획이 아니라 ${a.recorded} 계획의 기록이어서 점수, 보고서, 검증에서 빠집니다. 계획 ID가 바뀌었다면 기록에 plan: ${a.plan}을 적고(풀 리퀘스트에 이유를 남기세요), 다른 계획의 파일이라면 지우세요.`
      : `이 기록은 ${a.period} 기간을 담고 있지만 파일 이름이 다릅니다. 기간마다 기록 하나를 누구나 찾을 수 있도록 파일 이름을 ${withParticle(a.expected, '으로/로')} 바꾸세요.`,
  'evaluation/recomputed-differs': (a) => {
    const again = `기록된 ${a.period} 수치는 기록대로 둡니다. 위원회가 변경을 승인하면 sdplan record --period ${a.period} --force 명령으로 다시 기록하세요.`;
    if (a.level === 'method')
      return `${a.year}년을 지금 다시 계산하면 평가 방법(평가 설정 또는 sdplan 버전)이 바뀌어 ${a.count}개 ID의 수치가 달라집니다: ${a.ids}. ${again}`;
    const rate = (x: string | number | undefined) => (x === 'none' || x === undefined ? '수치 없음' : pct(x));
    const fig = (r: string | number | undefined, g: string | number | undefined, c: string | number | undefined) =>
      `${rate(r)}${g !== undefined && g !== 'none' ? ` ${g}등급` : ''}${c !== undefined && c !== 'none' ? ` (${c})` : ''}`;
    const level = LEVEL_WORDS.ko[a.level as keyof typeof LEVEL_WORDS.ko] ?? String(a.level);
    const what =
      a.presence === 'recorded-only'
        ? `${level} ${withParticle(a.id, '은/는')} ${withParticle(fig(a.recorded, a.recordedGrade, a.recordedCoverage), '으로/로')} 기록되었지만 지금 계획에는 없습니다`
        : a.presence === 'now-only'
          ? `${level} ${withParticle(a.id, '은/는')} 기록에 없지만 지금은 ${withParticle(fig(a.now, a.nowGrade, a.nowCoverage), '으로/로')} 계산됩니다`
          : `${level} ${withParticle(a.id, '은/는')} ${withParticle(fig(a.recorded, a.recordedGrade, a.recordedCoverage), '으로/로')} 기록되었지만 지금 계산하면 ${fig(a.now, a.nowGrade, a.nowCoverage)}입니다`;
    return `${a.year}년: ${what} (${causesText(a.causes, 'ko')}). ${again}`;
  },
  'suppress/unused': (a) => `이 sdplan-disable-next-line 주석은 ${a.rules}에 대해 아무것도 숨기지 않습니다. 지우세요.`,
  'suppress/invalid': (a) =>
    a.problem === 'reason'
      ? `이 sdplan-disable-next-line 주석에 사유가 없습니다. 규칙 ID 뒤에 "-- 사유"를 쓰세요 (${a.rules}).`
      : `이 sdplan-disable-next-line 주석에 알려진 규칙이 없습니다${a.rules ? ` (${a.rules})` : ''}.`,
};
