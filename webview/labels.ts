// The panel's own words in English and Korean, by id; the host writes the editor's language as <html lang>.
// Course notation (W[1], J, θ_t) stays as it is in both.

export const PANEL_EN = {
  'section.controls': 'Controls',
  'section.timeline': 'Timeline',
  'section.network': 'Network',
  'section.shapes': 'Shapes',
  'section.forward': 'Forward values',
  'section.backprop': 'Backprop step',
  'section.entry': 'Selected entry',
  'section.runs': 'Runs',
  'section.loss': 'Loss over time',
  'section.boundary': 'Decision boundary',
  'section.compare': 'Decision boundaries side by side',
  'section.gradnorms': 'Gradient norms',
  'section.gradcheck': 'Gradient check',
  'control.play': '▶ Play',
  'control.pause': '❚❚ Pause',
  'control.playName': 'Play',
  'control.pauseName': 'Pause',
  'control.step': 'Step ›',
  'control.stepName': 'One step',
  'control.stop': '■ Stop',
  'control.stopName': 'Stop',
  'control.reset': '↺ Reset',
  'control.resetName': 'Reset',
  'control.retrain': 'Retrain',
  'control.retrainName': 'Retrain with the changed file',
  'control.speed': 'Speed ',
  'control.speedName': 'Steps per frame',
  'control.fullSpeed': 'full speed',
  'control.stepsPerFrame': '{0} steps/frame',
  'control.oneStepPerFrame': '1 step/frame',
  'metric.noStep': 'step –',
  'metric.stepHelp':
    'Steps are numbered from 0: step t computes the cost J_t with the parameters θ_t, then updates them to θ_t+1.',
  'metric.noCost': 'cost –',
  'metric.cost': 'cost {0}',
  'metric.accuracy': 'accuracy {0}',
  'status.idle': 'ready',
  'status.running': 'running',
  'status.paused': 'paused',
  'status.done': 'done',
  'status.diverged': 'diverged',
  'status.stopped': 'stopped',
  'status.blockedOne': 'cannot train: fix the error listed under Shapes.',
  'status.blockedMany': 'cannot train: fix the {0} errors listed under Shapes.',
  'status.stale': 'stale: {0}',
  'status.staleWhy': 'the file changed since this run',
  'status.divergedWhy': 'diverged: {0}',
} as const;

export type LabelId = keyof typeof PANEL_EN;
export type PanelLanguage = 'en' | 'ko';

export const PANEL_KO: Record<LabelId, string> = {
  'section.controls': '제어',
  'section.timeline': '타임라인',
  'section.network': '네트워크',
  'section.shapes': '형태',
  'section.forward': '순전파 값',
  'section.backprop': '역전파 스텝',
  'section.entry': '선택한 항목',
  'section.runs': '실행 기록',
  'section.loss': '시간에 따른 손실',
  'section.boundary': '결정 경계',
  'section.compare': '결정 경계 나란히 보기',
  'section.gradnorms': '그래디언트 노름',
  'section.gradcheck': '그래디언트 검사',
  'control.play': '▶ 재생',
  'control.pause': '❚❚ 일시 정지',
  'control.playName': '재생',
  'control.pauseName': '일시 정지',
  'control.step': '한 스텝 ›',
  'control.stepName': '한 스텝 진행',
  'control.stop': '■ 중지',
  'control.stopName': '중지',
  'control.reset': '↺ 초기화',
  'control.resetName': '초기화',
  'control.retrain': '다시 학습',
  'control.retrainName': '바뀐 파일로 다시 학습',
  'control.speed': '속도 ',
  'control.speedName': '프레임당 스텝 수',
  'control.fullSpeed': '최고 속도',
  'control.stepsPerFrame': '프레임당 {0}스텝',
  'control.oneStepPerFrame': '프레임당 1스텝',
  'metric.noStep': '스텝 –',
  'metric.stepHelp': '스텝은 0부터 셉니다: 스텝 t는 파라미터 θ_t로 비용 J_t를 계산한 뒤 파라미터를 θ_t+1로 갱신합니다.',
  'metric.noCost': '비용 –',
  'metric.cost': '비용 {0}',
  'metric.accuracy': '정확도 {0}',
  'status.idle': '준비됨',
  'status.running': '학습 중',
  'status.paused': '일시 정지됨',
  'status.done': '완료',
  'status.diverged': '발산함',
  'status.stopped': '중지됨',
  'status.blockedOne': '학습할 수 없습니다: 형태 아래에 나온 오류를 고치세요.',
  'status.blockedMany': '학습할 수 없습니다: 형태 아래에 나온 오류 {0}개를 고치세요.',
  'status.stale': '지난 결과: {0}',
  'status.staleWhy': '이 실행 뒤에 파일이 바뀌었습니다',
  'status.divergedWhy': '발산함: {0}',
};

let current: PanelLanguage = 'en';

/** The language the host wrote on the page; anything but 'ko' reads as English. */
export function setPanelLanguage(lang: string | undefined): void {
  current = lang === 'ko' ? 'ko' : 'en';
}

/** The panel's language (the core's explanations are worded in it too). */
export const panelLanguage = (): PanelLanguage => current;

/** The label in the panel's language, with `{0}`, `{1}` filled in. */
export function label(id: LabelId, ...args: (string | number)[]): string {
  const template = (current === 'ko' ? PANEL_KO : PANEL_EN)[id];
  return template.replace(/\{(\d+)\}/g, (m, i: string) =>
    args[Number(i)] === undefined ? m : String(args[Number(i)]),
  );
}
