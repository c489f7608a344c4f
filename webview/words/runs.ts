// The words of the run list, the boundaries side by side and the timeline, in English and Korean.

export const EN = {
  'runs.currentName': '{name}: the current run, always drawn',
  'runs.drawBeside': 'Draw {name} beside the current run',
  'runs.current': 'the current run',
  'runs.variantOf': 'variant of #{number}',
  'runs.empty': 'Each run of this spec is listed here; tick one to draw it beside the current run.',
  'runs.caption':
    'The runs of this spec, newest first. ' +
    'Tick a run to draw its curves and its decision boundary beside the current run’s.',
  'runs.colDrawn': 'drawn',
  'runs.colRun': 'run',
  'runs.colStatus': 'status',
  'runs.colFinalJ': 'final J',
  'runs.colAccuracy': 'accuracy',
  'runs.colTestJ': 'test J',
  'runs.thisRun': 'this run',
  'timeline.sliderName': 'Snapshot step',
  'timeline.latest': 'Latest',
  'timeline.latestName': 'Show the latest snapshot',
  'timeline.step': 'step {step}',
  'timeline.recorded': '{count} recorded {count|step|steps}',
  'timeline.showing': 'Showing step {step} ({recorded})',
  'timeline.noneShown': '{recorded}; none shown yet',
} as const;

export const KO: Record<keyof typeof EN, string> = {
  'runs.currentName': '{name}: 현재 실행, 항상 그려짐',
  'runs.drawBeside': '현재 실행 옆에 그리기: {name}',
  'runs.current': '현재 실행',
  'runs.variantOf': '#{number}의 변형',
  'runs.empty': '이 스펙의 실행이 모두 여기에 나옵니다. 하나를 선택하면 현재 실행 옆에 그려집니다.',
  'runs.caption': '이 스펙의 실행 기록, 최신순. 실행을 선택하면 그 곡선과 결정 경계가 현재 실행의 것 옆에 그려집니다.',
  'runs.colDrawn': '표시',
  'runs.colRun': '실행',
  'runs.colStatus': '상태',
  'runs.colFinalJ': '최종 J',
  'runs.colAccuracy': '정확도',
  'runs.colTestJ': '테스트 J',
  'runs.thisRun': '이 실행',
  'timeline.sliderName': '스냅샷 스텝',
  'timeline.latest': '최신',
  'timeline.latestName': '최신 스냅샷 보기',
  'timeline.step': '스텝 {step}',
  'timeline.recorded': '기록된 스텝 {count}개',
  'timeline.showing': '스텝 {step} 표시 중 ({recorded})',
  'timeline.noneShown': '{recorded}, 아직 표시한 스텝 없음',
};
