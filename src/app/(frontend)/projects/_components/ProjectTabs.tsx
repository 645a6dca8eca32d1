'use client'

import { Clapperboard } from 'lucide-react'
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components'

import { EmptyState } from '../../../../ui/PageHeader'
import { ProjectCard, type ProjectSummary } from './ProjectCard'

const tabClass =
  'cursor-pointer rounded-md px-4 py-1.5 text-sm font-medium text-slate-600 outline-none transition-colors data-[hovered]:text-slate-900 data-[selected]:bg-white data-[selected]:text-slate-900 data-[selected]:shadow-sm data-[focus-visible]:ring-2 data-[focus-visible]:ring-brand-600'

/** "My projects" / "Company projects", the seed's project selector. */
export function ProjectTabs({
  initialTab,
  mine,
  company,
}: {
  initialTab: 'mine' | 'company'
  mine: ProjectSummary[]
  company: ProjectSummary[]
}) {
  return (
    <Tabs defaultSelectedKey={initialTab}>
      <TabList
        aria-label="Which projects"
        className="mb-6 inline-flex gap-1 rounded-lg bg-slate-200/70 p-1"
      >
        <Tab id="mine" className={tabClass}>
          My projects
        </Tab>
        <Tab id="company" className={tabClass}>
          Company projects
        </Tab>
      </TabList>
      <TabPanel id="mine" className="outline-none">
        <ProjectGrid
          projects={mine}
          showOwner={false}
          emptyText="Create your first project: describe the film, pick a length, and Reelsmith writes the storyboard."
        />
      </TabPanel>
      <TabPanel id="company" className="outline-none">
        <ProjectGrid
          projects={company}
          showOwner
          emptyText="Nobody in your company has created a project yet."
        />
      </TabPanel>
    </Tabs>
  )
}

function ProjectGrid({
  projects,
  showOwner,
  emptyText,
}: {
  projects: ProjectSummary[]
  showOwner: boolean
  emptyText: string
}) {
  if (projects.length === 0) {
    return (
      <EmptyState icon={<Clapperboard aria-hidden />} title="No projects yet">
        {emptyText}
      </EmptyState>
    )
  }
  return (
    <ul className="grid grid-cols-[repeat(auto-fill,minmax(280px,1fr))] gap-6">
      {projects.map((project) => (
        <ProjectCard key={project.id} project={project} showOwner={showOwner} />
      ))}
    </ul>
  )
}
