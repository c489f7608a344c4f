// The catalog's Korean for a run's progress and outcome, id for id with runEn.ts.
import type { RunMessageId } from './runEn';

export const RUN_KO: Record<RunMessageId, string> = {
  'steps.none': '아직 실행한 스텝 없음 (스텝 0–{last})',
  'steps.allDone': ' (스텝 {total}개 모두 완료)',
  'steps.at': '스텝 {step} / {last}{done}',
  'progress.cost': 'J {cost}',
  'progress.accuracy': '정확도 {accuracy}',
  'summary.trained': '스텝 {n}개(0–{last})를 모두 학습했습니다. 최종 파라미터로 J = {cost}',
  'summary.accuracy': '학습 정확도 {accuracy}',
  'summary.testCost': '테스트 J = {cost}',
  'summary.testAccuracy': '테스트 정확도 {accuracy}',
  'summary.end': '{parts}.',
  'summary.stopped': '스텝 {total}개 중 {n}개를 실행하고 멈췄습니다.',
  'state.idle': '시작 전',
  'state.running': '학습 중',
  'state.paused': '일시 정지됨',
  'state.done': '완료',
  'state.diverged': '발산함',
  'state.stopped': '중지됨',
  'state.noStep': '{status}, 아직 실행한 스텝 없음',
  'state.doneSteps': '완료 ({n}스텝)',
  'state.at': '{status}, 스텝 {step} / {last}',
  'state.stale': '{where}, 지난 결과',
};
