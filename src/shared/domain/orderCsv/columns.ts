/**
 * Finding the columns of an order CSV by their headers. Each order system names them its own way
 * (受注日, 注文日時, purchase-date …), in 全角 or 半角, so headers are compared after NFKC,
 * lower case and without spaces or punctuation; an exact name beats a header that only
 * contains it (受注日 before 受注日時, both before 最終受注日更新日時).
 */
export type OrderColumn = 'orderDate' | 'orderNumber' | 'mall' | 'name' | 'mail'

const names: Record<OrderColumn, string[]> = {
  orderDate: [
    '受注日',
    '受注日時',
    '注文日時',
    '注文日',
    '購入日時',
    '購入日',
    'orderdate',
    'orderdatetime',
    'purchasedate',
    'orderedat',
    'dateordered',
  ],
  orderNumber: [
    '受注番号',
    '注文番号',
    '店舗伝票番号',
    '伝票番号',
    'ordernumber',
    'orderid',
    'amazonorderid',
    'ordernum',
  ],
  mall: [
    '店舗名',
    '店舗',
    'モール',
    'モール名',
    'ショップ名',
    'ストア名',
    'mall',
    'shop',
    'store',
    'saleschannel',
    'channel',
  ],
  name: [
    '購入者名',
    '購入者氏名',
    '注文者名',
    '注文者氏名',
    'お名前',
    '氏名',
    'buyername',
    'customername',
    'purchasername',
    'name',
  ],
  mail: [
    '購入者メールアドレス',
    '注文者メールアドレス',
    '購入者メール',
    'メールアドレス',
    'eメール',
    'メール',
    'buyeremail',
    'email',
    'mail',
    'emailaddress',
  ],
}

/** Words that make a header containing a date name something else (an update stamp, a ship date). */
const notOrderDate = ['更新', '出荷', '発送', '入金', '取込', 'ship', 'update', 'payment']

export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.・:()[\]「」【】"'/]/g, '')
}

export type ColumnMap = Record<OrderColumn, number | null>

export function findColumns(headers: readonly string[]): ColumnMap {
  const norm = headers.map(normalizeHeader)
  const taken = new Set<number>()
  const map = {} as ColumnMap
  for (const column of ['orderDate', 'orderNumber', 'mail', 'name', 'mall'] as OrderColumn[]) {
    map[column] = pick(column, norm, taken)
    if (map[column] !== null) taken.add(map[column])
  }
  return map
}

function pick(column: OrderColumn, norm: string[], taken: Set<number>): number | null {
  const wanted = names[column]
  for (const w of wanted) {
    const i = norm.findIndex((h, idx) => !taken.has(idx) && h === w)
    if (i >= 0) return i
  }
  // Containing matches only for the Japanese names: 'name' inside 'shopname' is not a person.
  for (const w of wanted.filter((x) => /[^ -~]/.test(x))) {
    const i = norm.findIndex(
      (h, idx) =>
        !taken.has(idx) &&
        h.includes(w) &&
        !(column === 'orderDate' && notOrderDate.some((n) => h.includes(n))),
    )
    if (i >= 0) return i
  }
  return null
}
