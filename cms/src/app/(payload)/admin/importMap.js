import { EnglishBeside as EnglishBeside_fecbfebba24daaff7700aa9e17af6b64 } from '@/components/admin/EnglishBeside'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RowLabel as RowLabel_7f4fa5fc68fb5a0a92393f6444a57fbd } from '@/components/admin/RowLabel'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { YesNoCell as YesNoCell_e05f6ac9ede25467f55f09817b54f69f } from '@/components/admin/cells'
import { SlugField as SlugField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { SearchSnippet as SearchSnippet_f85751e89208510b8f0865ecb7c25aa0 } from '@/components/admin/SearchSnippet'
import { TranslationCell as TranslationCell_d69fd311a30f18946d7918a0efc2f0f0 } from '@/components/admin/TranslationCell'
import { LocaleSwitchGuard as LocaleSwitchGuard_d8adf4c58814038e6b482963e87677f4 } from '@/components/admin/LocaleSwitchGuard'
import { PreviewButton as PreviewButton_0705aa470dd56347a5910bd098439c51 } from '@/components/admin/PreviewButton'
import { EndsInStartZone as EndsInStartZone_7f1965000d93a6c1c42a95330519b097 } from '@/components/EndsInStartZone'
import { FillFromSaved as FillFromSaved_8f8877f29369cd4f607378f901b85d5c } from '@/components/admin/FillFromSaved'
import { ListViews as ListViews_ca4aacc0f273d5cfe4fa8bc5a99e17ea } from '@/components/admin/Moderation'
import { MoneyCell as MoneyCell_e05f6ac9ede25467f55f09817b54f69f } from '@/components/admin/cells'
import { ScreeningFromRequest as ScreeningFromRequest_b3d9334de84514ea49acdc4aac4e20db } from '@/components/admin/ScreeningFromRequest'
import { StatusCell as StatusCell_ca4aacc0f273d5cfe4fa8bc5a99e17ea } from '@/components/admin/Moderation'
import { FeaturedCell as FeaturedCell_ca4aacc0f273d5cfe4fa8bc5a99e17ea } from '@/components/admin/Moderation'
import { BulkModeration as BulkModeration_ca4aacc0f273d5cfe4fa8bc5a99e17ea } from '@/components/admin/Moderation'
import { PasswordField as PasswordField_3817bf644402e67bfe6577f60ef982de } from '@payloadcms/ui'
import { Icon as Icon_c158bed9aa5df3ef5e1be6485c1d8cef } from '@/components/admin/brand'
import { Logo as Logo_c158bed9aa5df3ef5e1be6485c1d8cef } from '@/components/admin/brand'
import { Dashboard as Dashboard_0e7b23c75ea046975e1784ba01f82886 } from '@/components/admin/Dashboard'
import { SearchNav as SearchNav_c2fca443f3683ccb2514c0ba187fb0b4 } from '@/components/admin/SearchNav'
import { PendingNav as PendingNav_b24f2e0e4d39abc859597d6ec5507f83 } from '@/components/admin/PendingNav'
import { Search as Search_234f58862cbda32811b8ccb59662905e } from '@/components/admin/Search'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/EnglishBeside#EnglishBeside": EnglishBeside_fecbfebba24daaff7700aa9e17af6b64,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/components/admin/RowLabel#RowLabel": RowLabel_7f4fa5fc68fb5a0a92393f6444a57fbd,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/components/admin/cells#YesNoCell": YesNoCell_e05f6ac9ede25467f55f09817b54f69f,
  "@payloadcms/next/client#SlugField": SlugField_2b8867833a34864a02ddf429b0728a40,
  "@/components/admin/SearchSnippet#SearchSnippet": SearchSnippet_f85751e89208510b8f0865ecb7c25aa0,
  "@/components/admin/TranslationCell#TranslationCell": TranslationCell_d69fd311a30f18946d7918a0efc2f0f0,
  "@/components/admin/LocaleSwitchGuard#LocaleSwitchGuard": LocaleSwitchGuard_d8adf4c58814038e6b482963e87677f4,
  "@/components/admin/PreviewButton#PreviewButton": PreviewButton_0705aa470dd56347a5910bd098439c51,
  "@/components/EndsInStartZone#EndsInStartZone": EndsInStartZone_7f1965000d93a6c1c42a95330519b097,
  "@/components/admin/FillFromSaved#FillFromSaved": FillFromSaved_8f8877f29369cd4f607378f901b85d5c,
  "@/components/admin/Moderation#ListViews": ListViews_ca4aacc0f273d5cfe4fa8bc5a99e17ea,
  "@/components/admin/cells#MoneyCell": MoneyCell_e05f6ac9ede25467f55f09817b54f69f,
  "@/components/admin/ScreeningFromRequest#ScreeningFromRequest": ScreeningFromRequest_b3d9334de84514ea49acdc4aac4e20db,
  "@/components/admin/Moderation#StatusCell": StatusCell_ca4aacc0f273d5cfe4fa8bc5a99e17ea,
  "@/components/admin/Moderation#FeaturedCell": FeaturedCell_ca4aacc0f273d5cfe4fa8bc5a99e17ea,
  "@/components/admin/Moderation#BulkModeration": BulkModeration_ca4aacc0f273d5cfe4fa8bc5a99e17ea,
  "@payloadcms/ui#PasswordField": PasswordField_3817bf644402e67bfe6577f60ef982de,
  "@/components/admin/brand#Icon": Icon_c158bed9aa5df3ef5e1be6485c1d8cef,
  "@/components/admin/brand#Logo": Logo_c158bed9aa5df3ef5e1be6485c1d8cef,
  "@/components/admin/Dashboard#Dashboard": Dashboard_0e7b23c75ea046975e1784ba01f82886,
  "@/components/admin/SearchNav#SearchNav": SearchNav_c2fca443f3683ccb2514c0ba187fb0b4,
  "@/components/admin/PendingNav#PendingNav": PendingNav_b24f2e0e4d39abc859597d6ec5507f83,
  "@/components/admin/Search#Search": Search_234f58862cbda32811b8ccb59662905e,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
