// Which duty of Korea's Framework Act on Sustainable Development (지속가능발전 기본법, 2022) and its
// Enforcement Decree each section of the report answers, for a local government (시·군·구). The
// articles: ../shared/data/korea-law (the two-yearly check of the implementation plan, Art. 11(3);
// the two-yearly sustainability assessment, Art. 15(2); the local report that combines them,
// Art. 16(2); submitting it, Art. 32(5)). Data, not sentences: render/ puts them in words.
import type { Text } from '../model/plan.js';

export interface Duty {
  /** e.g. 제15조제2항 / Art. 15(2); the Decree's articles say so. */
  article: Text;
  duty: Text;
}

export const STATUTE: Text = { ko: '지속가능발전 기본법', en: 'Framework Act on Sustainable Development' };

const act = (ko: string, en: string) => ({ ko, en });

export const SECTION_DUTIES: Readonly<Record<string, readonly Duty[]>> = {
  summary: [
    {
      article: act('제16조제2항', 'Art. 16(2)'),
      duty: act(
        '2년마다 추진상황 점검 결과와 지속가능성 평가 결과를 종합한 지속가능발전 지방보고서 작성·공표',
        'every two years, a local sustainable development report combining the implementation check and the sustainability assessment, published',
      ),
    },
    {
      article: act('제32조제5항', 'Art. 32(5)'),
      duty: act('지방보고서를 국가위원회와 지방의회에 제출', 'the local report submitted to the national commission and the local council'),
    },
  ],
  sustainability: [
    {
      article: act('제15조제2항', 'Art. 15(2)'),
      duty: act(
        '2년마다 지속가능발전지표에 따른 지방 지속가능성 평가',
        'every two years, the local sustainability assessment by the sustainable development indicators',
      ),
    },
    {
      article: act('시행령 제11조제1항', 'Decree Art. 11(1)'),
      duty: act('지표의 달성 정도를 종합적으로 고려', 'the degree to which the indicators are achieved'),
    },
  ],
  implementation: [
    {
      article: act('제11조제3항', 'Art. 11(3)'),
      duty: act('2년마다 지방추진계획의 추진상황 점검', 'every two years, the check of how the local implementation plan is carried out'),
    },
    {
      article: act('시행령 제6조제1항제3호', 'Decree Art. 6(1)3'),
      duty: act('지방추진계획의 이행경과 및 이행실적', 'progress and results of the local implementation plan'),
    },
  ],
  teams: [
    {
      article: act('제11조제4항', 'Art. 11(4)'),
      duty: act('점검 결과에 따라 지방추진계획을 수정·보완', 'the implementation plan revised and supplemented after the check'),
    },
  ],
  funding: [
    {
      article: act('시행령 제6조제1항제5호', 'Decree Art. 6(1)5'),
      duty: act('지방추진계획 이행에 필요한 재원 및 그 조달방법', 'the funds the implementation plan needs and how they are raised'),
    },
    {
      article: act('시행령 제11조제1항', 'Decree Art. 11(1)'),
      duty: act('투입된 행정비용 대비 산출된 행정효과의 적정성', 'whether the administrative effect is worth its cost'),
    },
  ],
  coherence: [
    {
      article: act('제10조', 'Art. 10'),
      duty: act('서로 시행에 지장을 주는 추진계획의 협의·조정', 'consultation and adjustment where implementation plans hinder each other'),
    },
    {
      article: act('제8조제2항 (제7조제2항 준용)', 'Art. 8(2) (applying Art. 7(2))'),
      duty: act('경제·사회·환경 분야의 균형 있는 고려', 'balanced consideration of the economy, society and the environment'),
    },
  ],
  'data-quality': [
    {
      article: act('제15조제1항', 'Art. 15(1)'),
      duty: act('지방 지속가능발전지표의 개발·보급', 'developing and providing the local sustainable development indicators'),
    },
  ],
  governance: [
    {
      article: act('제20조', 'Art. 20'),
      duty: act('지속가능발전 지방위원회의 구성과 심의', 'the local sustainable development commission, its members and its deliberations'),
    },
    {
      article: act('제26조제3항', 'Art. 26(3)'),
      duty: act('지속가능발전협의회 등 민관협력단체 지원', 'support for public-private bodies such as the sustainable development council'),
    },
  ],
  method: [
    {
      article: act('제15조제3항', 'Art. 15(3)'),
      duty: act('지방 지속가능성 평가에 필요한 사항은 조례로 정함', 'what the local assessment needs is set by ordinance'),
    },
  ],
};
