// The catalog's Korean for a data file the editor may not read, id for id with accessEn.ts.
import type { AccessMessageId } from './accessEn';

export const ACCESS_KO: Record<AccessMessageId, string> = {
  'access.refused': "data.csv.path '{file}'을(를) 읽을 수 없습니다: {reason}",
  'access.restricted':
    '이 창은 제한 모드이고, nnspec은 신뢰할 수 있는 작업 영역에서만 데이터 파일을 읽습니다. 파일을 읽고 학습하려면 ' +
    '작업 영역을 신뢰하세요(빠른 수정의 "작업 영역 신뢰 관리").',
};
