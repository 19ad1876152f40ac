'use client'
import type { DefaultCellComponentProps } from 'payload'

import { formatPrice } from '@made-in-la/shared/format'

/** A checkbox as the team says it: Yes or No, not true or false. */
export const yesNo = (value: unknown) => (value ? 'Yes' : 'No')

/** A checkbox in a list reads Yes or No. */
export const YesNoCell = ({ cellData }: DefaultCellComponentProps) => <span>{yesNo(cellData)}</span>

/** An amount in a list reads as money in its row's currency: "$95.00", "MX$150.00". */
export const MoneyCell = ({ cellData, rowData }: DefaultCellComponentProps) => {
  if (typeof cellData !== 'number') return <span />
  const currency = (rowData.currency ?? rowData.admission?.currency ?? 'USD') as string
  return <span>{formatPrice(cellData, currency, 'en')}</span>
}
