import { QuickFilters as QuickFilters_e903f628449e511e1666341e9dc81904 } from '../../../../src/ui/admin/QuickFilters'
import { CompanyAssetPreview as CompanyAssetPreview_ed9781433a7844b11ae28523bb720105 } from '../../../../plugins/tenancy/admin/CompanyAssetPreview'
import { CompanyAssetCell as CompanyAssetCell_ed9781433a7844b11ae28523bb720105 } from '../../../../plugins/tenancy/admin/CompanyAssetPreview'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { MediaPreviewField as MediaPreviewField_10b7dda11af50ff745ce6e5c61930411 } from '../../../../src/ui/admin/MediaPreviewField'
import { MediaCell as MediaCell_817148b8eb975915c20983dfc5b048f8 } from '../../../../src/ui/admin/MediaCell'
import { ProjectStudioField as ProjectStudioField_1a1c96a3ad3335628da3bcdc7c2318a6 } from '../../../../plugins/video-pipeline/admin/ProjectStudioField'
import { FollowingJoinField as FollowingJoinField_65ee1bea8b1d3c2175b597a68600b483 } from '../../../../plugins/video-pipeline/admin/FollowingJoinField'
import { SceneStudioField as SceneStudioField_67f7e579c1489da834ddc7db221e50ef } from '../../../../plugins/video-pipeline/admin/SceneStudioField'
import { TrainingSceneField as TrainingSceneField_8f63d75c50e1a3cd227d2f956fd28bad } from '../../../../plugins/training/admin/TrainingSceneField'
import { Dashboard as Dashboard_96565ae6a422f77b4e0841901c48b937 } from '../../../../plugins/video-pipeline/admin/Dashboard'
import { StockMarkupFixes as StockMarkupFixes_5c376b838857757bdc1c59c444a178c1 } from '../../../../src/ui/admin/StockMarkupFixes'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/ui/admin/QuickFilters#QuickFilters": QuickFilters_e903f628449e511e1666341e9dc81904,
  "/plugins/tenancy/admin/CompanyAssetPreview#CompanyAssetPreview": CompanyAssetPreview_ed9781433a7844b11ae28523bb720105,
  "/plugins/tenancy/admin/CompanyAssetPreview#CompanyAssetCell": CompanyAssetCell_ed9781433a7844b11ae28523bb720105,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/ui/admin/MediaPreviewField#MediaPreviewField": MediaPreviewField_10b7dda11af50ff745ce6e5c61930411,
  "/src/ui/admin/MediaCell#MediaCell": MediaCell_817148b8eb975915c20983dfc5b048f8,
  "/plugins/video-pipeline/admin/ProjectStudioField#ProjectStudioField": ProjectStudioField_1a1c96a3ad3335628da3bcdc7c2318a6,
  "/plugins/video-pipeline/admin/FollowingJoinField#FollowingJoinField": FollowingJoinField_65ee1bea8b1d3c2175b597a68600b483,
  "/plugins/video-pipeline/admin/SceneStudioField#SceneStudioField": SceneStudioField_67f7e579c1489da834ddc7db221e50ef,
  "/plugins/training/admin/TrainingSceneField#TrainingSceneField": TrainingSceneField_8f63d75c50e1a3cd227d2f956fd28bad,
  "/plugins/video-pipeline/admin/Dashboard#Dashboard": Dashboard_96565ae6a422f77b4e0841901c48b937,
  "/src/ui/admin/StockMarkupFixes#StockMarkupFixes": StockMarkupFixes_5c376b838857757bdc1c59c444a178c1,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
