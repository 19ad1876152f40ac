import { BlocksFeature, FixedToolbarFeature, HeadingFeature, HorizontalRuleFeature, InlineToolbarFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { labelledBlock } from '../components/admin/lists'
import { CallToAction } from './CallToAction'
import { MediaBlock } from './MediaBlock'
import { VideoEmbed } from './VideoEmbed'

/** The editor used for posts and page copy: headings, lists, links, quotes, images, videos, actions. */
export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures,
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BlocksFeature({ blocks: [VideoEmbed, CallToAction, MediaBlock].map(labelledBlock) }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
    HorizontalRuleFeature(),
  ],
})
