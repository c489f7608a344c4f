// The catalog's Korean for the Node side, id for id with nodeEn.ts and the same named parameters.
import type { NodeMessageId } from './nodeEn';

export const NODE_KO: Record<NodeMessageId, string> = {
  'job.incomplete': '스펙이 아직 완성되지 않았습니다',
  'job.cannotTrain': '스펙을 학습할 수 없습니다: {why}',
  'job.cannotExplain': '스펙을 학습할 수 없어 설명하지 못했습니다: {why}',
  'job.cannotCompare': '스펙을 학습할 수 없어 비교하지 못했습니다: {why}',
  'job.cannotExport': '스펙을 학습할 수 없어 내보낼 수 없습니다: {why}',
  'job.notExported': '내보내지 않았습니다: {problem}',
  'job.stoppedBeforeFirstStep': '첫 스텝 전에 실행이 멈췄습니다: {why}',
  'job.noVariant': "스펙에 학습할 수 있는 변형 '{name}'이(가) 없습니다.",
  'job.noRun': '그런 실행은 시작되지 않았습니다.',
  'job.trainingFailed': '학습에 실패했습니다: {error}',
  'job.noSnapshotNear': '스텝 {step} 근처의 스냅샷이 남아 있지 않습니다.',
  'job.noSnapshotOf': '스텝 {step}의 스냅샷이 남아 있지 않습니다.',
  'job.boundary2d': '결정 경계는 입력이 2차원일 때만 그립니다.',
  'job.comparison': '비교',
  'job.export': '내보내기',
  'job.explanation': '설명',
  'job.outOfMemory': '{what} 작업의 메모리가 부족합니다(한도 {limit}).',
  'job.failed': '{what} 작업이 실패했습니다: {error}',
  'job.stopped': '{what} 작업이 예기치 않게 멈췄습니다(종료 코드 {code}).',
  'data.refused': '{path}을(를) 읽을 수 없습니다: {reason}',
  'data.restricted':
    '이 창은 제한 모드이고, nnspec은 신뢰할 수 있는 작업 영역에서만 데이터 파일을 읽습니다. ' +
    '파일을 읽고 학습하려면 작업 영역을 신뢰하세요(빠른 수정의 작업 영역 신뢰 관리).',
  'analysis.failed': 'nnspec이 이 스펙을 검사하지 못했습니다: {why}',
  'analysis.internalError': '내부 오류({error}). 이 파일과 함께 알려 주세요.',
  'analysis.outOfMemory': '검사에 쓸 수 있는 메모리 {mb} MB보다 더 필요합니다. 데이터나 네트워크를 더 작게 하세요.',
  'analysis.tookLonger': '{limit}보다 오래 걸려서 멈췄습니다.',
  'analysis.seconds': '{n}초',
  'analysis.workerStopped': '분석 워커가 멈췄습니다(종료 코드 {code}).',
};
