// The catalog's Korean for explanations, id for id with explainEn.ts and the same named parameters.
import type { ExplainMessageId } from './explainEn';

export const EXPLAIN_KO: Record<ExplainMessageId, string> = {
  'explain.heading': '{where}의 스텝 {step}에서 {entry}: {value}',
  'explain.largestTerms': '항 {total}개 중 가장 큰 {shown}개:',
  'explain.allTerms': '항 {n}개:',
  'explain.reads': '읽는 행렬: {operands}.',
  'explain.walkBack': '--entry로 거슬러 올라가기: {names}{more}.',
  'explain.walkBackMore': ', … (그 밖에 {n}개)',
  'explain.andMore': '… 그 밖에 {n}개',
  'explain.andMoreSum': '{more} (합 {sum})',
  'explain.moreSumming': '… 그 밖에 {n}개, 합 {sum}',
  'explain.captionLargest': '항 {total}개 중 가장 큰 {shown}개',
  'explain.captionAll': '항 {n}개',
  'explain.columnTerm': '항',
  'explain.columnNumbers': '수치',
  'explain.columnValue': '값',
  'explain.columnReads': '읽는 원소',
  'explain.operands': '피연산자 (하나를 고르면 그것을 설명합니다): ',
  'explain.selectLink': '{entry} 선택하고 설명 보기',
  'explain.ifElse': '{cond}이면 {then}, 아니면 {otherwise}',

  'explain.example': '스텝 {step} 배치(m = {m})의 예제 {example}',
  'explain.axisOf': '{matrix}의 {axis} {index}',
  'explain.zNote':
    '{first} 곱하기 {second}, 더하기 {b}: k는 층 {prev}의 유닛 n[{prev}] = {n}개를 차례로 돕니다. ' +
    '그 {axis}은 {example}입니다.',
  'explain.softmaxNote': '{example}의 유닛 n[{l}] = {n}개에 대한 softmax: 모두 더하면 1입니다.',
  'explain.softmaxShift': '이 예제의 모든 Z에서 가장 큰 값({top})을 빼서 e^Z가 넘치지(overflow) 않게 합니다.',
  'explain.aNote': 'A[{l}] = {g}(Z[{l}]), 원소마다 따로 계산합니다. 이 {axis}은 {example}입니다.',
  'explain.alpha': 'α = {alpha}, 이 층의 leaky_relu 음수 쪽 기울기입니다.',
  'explain.dataFeature': '예제 {example}의 특성 {row} (데이터)',
  'explain.dataTarget': '예제 {example}의 타깃 {row} (데이터)',
  'explain.dataNote': '계산하지 않음: 데이터 세트에서 읽은 값입니다(정규화가 있으면 그 뒤의 값). {example}.',
  'explain.diverged': '{entry}은(는) 없습니다: 실행이 스텝 {step}에서 발산해서 업데이트를 적용하지 않았습니다.',

  'explain.daScale': 'dA[L]은 ∂(m·J)/∂A[L], 즉 이 원소의 손실 항을 미분한 값입니다. 1/m은 dW와 db에서 들어갑니다.',
  'explain.yLeftOut': 'Y = {y}: 0이 곱해지는 항은 뺍니다.',
  'explain.yZero': 'Y = 0: 이 항은 뺍니다(0 · log 0은 0으로 셉니다). 그래서 dA = 0입니다.',
  'explain.fusedShown': '참고로 보여 줍니다: 역전파는 dZ[{L}] = A[{L}] − Y를 바로 씁니다.',
  'explain.daNote':
    'dA[{l}] = {product}: k는 층 {next}의 유닛 n[{next}] = {n}개를 차례로 돕니다. 각 유닛은 자기 dZ에 ' +
    '이 유닛과 잇는 가중치 W를 곱해 되돌려 보냅니다. 대상은 {example}입니다.',
  'explain.softmaxCouples': 'softmax의 도함수는 한 예제의 유닛들을 서로 엮습니다.',
  'explain.slopeSigmoid': "σ'(z) = σ(z)(1 − σ(z))이므로 A = σ(Z)에서 계산합니다.",
  'explain.slopeTanh': "tanh'(z) = 1 − tanh²(z)이므로 A = tanh(Z)에서 계산합니다.",
  'explain.slopeRelu': "relu'(z)는 z > 0이면 1, 아니면 0입니다(z = 0일 때도 마찬가지).",
  'explain.slopeLeakyRelu': "leaky_relu'(z)는 z > 0이면 1, 아니면 α입니다.",
  'explain.slopeLinear': "linear'(z) = 1: dZ는 dA와 같습니다.",
  'explain.upstreamLoss': '손실에서 온 dA[{l}]',
  'explain.upstreamLayer': '층 {next}에서 온 dA[{l}]',
  'explain.upstream': "상류 × 국소: {upstream}에 이 층 자신의 기울기 g'(Z[{l}])를 곱합니다. {slope}",
  'explain.here': '여기서 {z} = {value} {sign}입니다.',

  'explain.fusedScale':
    '여기의 모든 dA, dZ와 마찬가지로, 이것은 배치 전체의 손실을 더한 m·J의 기울기입니다. 1/m은 dW와 db에서 들어갑니다.',
  'explain.whySigmoid':
    '왜 A − Y인가: 시그모이드 출력과 이진 교차 엔트로피에서 dA = −(Y/A − (1 − Y)/(1 − A))이고 ' +
    "σ'(Z) = A(1 − A)이므로 dA · σ'(Z) = −Y(1 − A) + (1 − Y)A = A − Y입니다. A와 1 − A로 나누는 부분이 " +
    '서로 지워지고, 덕분에 A가 0이나 1로 반올림될 때도 dZ가 정확합니다.',
  'explain.longSigmoid': '이 원소를 긴 방법으로 계산하면: dA · A(1 − A) = {dA} · {a} · (1 − {a}) = {long}.',
  'explain.whySoftmax':
    '왜 A − Y인가: softmax와 교차 엔트로피에서 한 예제의 손실은 −Σₖ Yₖ log Aₖ이고 ∂Aₖ/∂Zᵢ = Aₖ(δᵢₖ − Aᵢ)이므로 ' +
    '∂loss/∂Zᵢ = −Σₖ Yₖ(δᵢₖ − Aᵢ) = Aᵢ Σₖ Yₖ − Yᵢ = Aᵢ − Yᵢ입니다. 한 예제의 Y(원-핫)를 모두 더하면 1이기 때문입니다. ' +
    '예제의 모든 유닛이 softmax의 공통 분모를 통해 영향을 주지만, 결과는 이렇게 간단합니다.',
  'explain.longSoftmax':
    '이 원소를 긴 방법으로 계산하면: Aᵢ(dAᵢ − Σₖ Aₖ dAₖ) = {a} · ({dA} − {inner}) = {long} ' +
    '(Y = 0인 항은 dA = 0입니다).',

  'explain.costNote':
    'J_{step}: 스텝 {step}의 업데이트 전 파라미터 θ_{step}에서, 그 배치의 예제 m = {m}개에 대해 계산한 비용입니다. ' +
    '각 항은 예제 하나의 손실입니다(i는 배치를 돕니다).',
  'explain.costSoftmax':
    'softmax에서는 −log A = log Σₖ e^Z − Z를 엔진과 똑같이 Z에서 계산합니다: A가 0으로 반올림되어도 유한합니다.',
  'explain.costSigmoid':
    '시그모이드 출력에서는 각 항을 엔진과 똑같이 Z에서 계산합니다: ' +
    'Z > 0이면 −log A = log(1 + e^(−Z)), 그리고 −log(1 − A) = −log A + Z. ' +
    '식과 같은 값이고, A가 0이나 1로 반올림되어도 유한합니다.',
  'explain.costLeftOut': 'Y = 0이나 1 − Y = 0이 곱해지는 항은 뺍니다(0 · log 0은 0으로 셉니다).',
  'explain.costRegularisation':
    '모든 W[l]에 λ = {lambda}인 {kind} 정규화를 겁니다(편향은 정규화하지 않음). m = {m}은 배치 크기입니다.',

  'explain.batch': 'i는 스텝 {step} 배치의 예제 m = {m}개를 돕니다: 기울기는 그 평균입니다.',
  'explain.dwNote':
    '{batch} 각 항은 한 예제에서 유닛 {unit}의 dZ와, 그것이 곱해지는 입력 {input}, 두 값이 함께 움직이는 정도입니다.',
  'explain.dwL2': '+ (λ/m) W는 J의 l2 항 (λ/(2m)) Σ ‖W‖²의 기울기입니다. λ = {lambda}, m = {m}.',
  'explain.dwL1': '+ (λ/m) sign(W)는 J의 l1 항 (λ/m) Σ |W|의 기울기입니다. λ = {lambda}, m = {m} (sign(0) = 0).',
  'explain.dbNoLambda': '편향은 정규화하지 않습니다: db에는 λ 항이 없습니다.',

  'explain.gd': '경사 하강법: 기울기의 반대 방향으로 한 걸음 갑니다. 보폭은 학습률({alpha})로 조정합니다.',
  'explain.momentum':
    '모멘텀 (β = {beta}, {alpha}): {v}는 기울기의 이동 평균입니다. 오른쪽의 {v}는 스텝 {step} 전의 값' +
    '(스텝 0에서는 0), {v}+는 그 뒤의 값입니다.',
  'explain.adam':
    'Adam (β₁ = {beta1}, β₂ = {beta2}, ε = {epsilon}, {alpha}, t = {t}): {v}는 기울기의 평균, {s}는 그 제곱의 ' +
    '평균입니다. v̂와 ŝ는 처음 몇 스텝에서 0 쪽으로 치우친 편향을 보정합니다. 오른쪽의 {v}와 {s}는 ' +
    '스텝 {step} 전의 값입니다(스텝 0에서는 0).',
  'explain.dwRegularised': 'dW에는 정규화 항이 들어 있습니다(dW를 설명하면 보입니다).',
  'explain.initial': '초깃값',
  'explain.previous': '스텝 {step}의 {entry}',
  'explain.theta': 'θ_{step}: 스텝 {step} 시작 시점의 값으로, 그 스텝의 순전파와 역전파에 쓰입니다.',
  'explain.noUpdate': '스텝 {step}은 업데이트를 적용하지 않았습니다: 실행이 거기서 발산했습니다.',
  'explain.thenGives': '이어서 스텝 {step}의 업데이트로 {lhs} 값을 얻습니다:',

  'entry.help':
    'W, b, W+, b+, Z, A, dA, dZ, dW, db 중 하나를 층과 1부터 세는 인덱스로(' +
    "'dW[1][2,1]'), 또는 X나 Y('X[1,5]'), 또는 J를 적어 주세요.",
  'entry.unknown': "'{text}'의 '{head}'은(는) 알 수 없는 행렬입니다.{guess} {help}",
  'entry.didYouMean': " '{guess}'을(를) 뜻했나요?",
  'entry.unreadable': "원소 '{text}'을(를) 읽을 수 없습니다. {help}",
  'entry.jAlone': "J는 숫자 하나입니다: '{text}'가 아니라 J만 적으세요.",
  'entry.notNumbers': "'{text}'의 '[{group}]'은(는) 자연수 목록이 아닙니다. {help}",
  'entry.writeData': "'{text}': {head}[행,열] 형식으로 적으세요. 예: '{example}'.",
  'entry.writeLayered': "'{text}': {head}[층][행,열] 형식으로 적으세요. 예: '{example}'.",
  'entry.indexCount': "'{text}'의 마지막 대괄호에는 인덱스가 {width}개 있어야 합니다. 예: '{example}'.",
  'entry.oneOrTwo': '1개 또는 2',
  'entry.zero': "인덱스는 1부터 셉니다: '{text}'에 0이 있습니다.",
  'entry.noLayer': '{matrix}[{layer}]은(는) 없습니다: 네트워크가 {layers}이므로 l은 {low}–{L}입니다{x}.',
  'entry.a0IsX': ' (A[0]은 X)',
  'entry.outside':
    '{entry}은(는) {label} 밖에 있습니다. {label}은(는) {layout} 레이아웃에서 ({rows}, {cols}) = ({symbols})이므로 ' +
    '행은 1–{rows}, 열은 1–{cols}이어야 합니다.',
};
