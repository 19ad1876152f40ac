'use client'
import type { DefaultCellComponentProps } from 'payload'

import { formatPrice } from '@made-in-la/shared/format'

/** A checkbox in a list reads Yes or No, not true or false. */
export const YesNoCell = ({ cellData }: DefaultCellComponentProps) => <span>{cellData ? 'Yes' : 'No'}</span>

/** An amount in a list reads as money in its row's currency: "$95.00", "MX$150.00". */
export const MoneyCell = ({ cellData, rowData }: DefaultCellComponentProps) => {
  if (typeof cellData !== 'number') return <span />
  const currency = (rowData.currency ?? rowData.admission?.currency ?? 'USD') as string
  return <span>{formatPrice(cellData, currency, 'en')}</span>
}
