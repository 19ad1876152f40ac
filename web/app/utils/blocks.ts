import type { PageBySlugQuery, PressItemsQuery } from '@made-in-la/shared/graphql'
import type { InjectionKey } from 'vue'

/** A block an editor placed on a page (or in rich text), and the one type a block component renders. */
export type LayoutBlock = NonNullable<NonNullable<PageBySlugQuery['Pages']>['docs'][number]['layout']>[number]
export type BlockOf<Type extends LayoutBlock['__typename']> = Extract<LayoutBlock, { __typename: Type }>

export type PressItem = NonNullable<PressItemsQuery['PressItems']>['docs'][number]
/** The press items a page read with it, for its press coverage blocks. */
export const pressItemsKey: InjectionKey<PressItem[]> = Symbol('pressItems')
