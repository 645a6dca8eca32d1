import type { Payload, TypedUser } from 'payload'

import { Badge } from '../../../src/ui/admin/Badge'
import '../../../src/ui/admin/admin.css'
import { AutoRefresh } from './AutoRefresh'
import { type DashboardJob, dashboardData } from './dashboardData'

const taskNames: Record<string, string> = {
  storyboard: 'Storyboard',
  sceneImage: 'Scene image',
  sceneVideo: 'Scene clip',
  stitch: 'Stitch',
  trainingScript: 'Narration script',
  renderTraining: 'Narrated render',
}
const jobStates: Record<DashboardJob['state'], string> = {
  running: 'Running',
  queued: 'Queued',
  retrying: 'Retrying',
  failed: 'Failed',
}

const projectLink = (adminRoute: string, id: string) => `${adminRoute}/collections/projects/${id}`

function JobRow({ job, adminRoute }: { job: DashboardJob; adminRoute: string }) {
  const what = `${taskNames[job.task] ?? job.task}${job.sceneNumber ? ` · scene ${job.sceneNumber}` : ''}`
  return (
    <li className="reel-row">
      <span>
        <strong>{what}</strong> —{' '}
        <a href={projectLink(adminRoute, job.project.id)}>{job.project.name}</a>
        {job.error && <span className="reel-error"> · {job.error}</span>}
      </span>
      <Badge status={job.state === 'failed' ? 'FAILED' : job.state} label={jobStates[job.state]} />
    </li>
  )
}

/**
 * The company's studio at a glance (`admin.components.beforeDashboard`): counts and the latest
 * documents of each project kind (projects, training videos), the jobs running now and the ones
 * that failed recently. Refreshes itself while jobs run.
 */
export async function Dashboard({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user) return null
  const { kinds, running, failed } = await dashboardData(payload, user)
  const adminRoute = payload.config.routes.admin
  return (
    <div className="reel-dashboard">
      <AutoRefresh active={running.length > 0} />
      <h1 className="reel-dashboard__title">Dashboard</h1>
      <section className="reel-panel" aria-labelledby="dashboard-counts">
        <h2 id="dashboard-counts">Studio at a glance</h2>
        <dl className="reel-counts">
          {kinds.map((kind) => (
            <div key={kind.name}>
              <dt>{kind.label}</dt>
              <dd>{kind.total}</dd>
            </div>
          ))}
          <div>
            <dt>Completed</dt>
            <dd>{kinds.reduce((sum, kind) => sum + kind.completed, 0)}</dd>
          </div>
          <div>
            <dt>Failed</dt>
            <dd>{kinds.reduce((sum, kind) => sum + kind.failed, 0)}</dd>
          </div>
          <div>
            <dt>Jobs running</dt>
            <dd>{running.length}</dd>
          </div>
        </dl>
      </section>
      <section className="reel-panel" aria-labelledby="dashboard-running">
        <h2 id="dashboard-running">Running jobs</h2>
        {running.length === 0 ? (
          <p className="reel-muted">Nothing is being generated right now.</p>
        ) : (
          <ul className="reel-list" aria-labelledby="dashboard-running">
            {running.map((job) => (
              <JobRow key={job.id} job={job} adminRoute={adminRoute} />
            ))}
          </ul>
        )}
        <h2 id="dashboard-failed">Failed jobs</h2>
        {failed.length === 0 ? (
          <p className="reel-muted">No failures in the last 7 days.</p>
        ) : (
          <ul className="reel-list" aria-labelledby="dashboard-failed">
            {failed.map((job) => (
              <JobRow key={job.id} job={job} adminRoute={adminRoute} />
            ))}
          </ul>
        )}
      </section>
      {kinds.map((kind) => (
        <section
          key={kind.name}
          className="reel-panel"
          aria-labelledby={`dashboard-recent-${kind.name}`}
        >
          <h2 id={`dashboard-recent-${kind.name}`}>Recent {kind.label.toLowerCase()}</h2>
          {kind.recent.length === 0 ? (
            <p className="reel-muted">None yet.</p>
          ) : (
            <ul className="reel-list" aria-labelledby={`dashboard-recent-${kind.name}`}>
              {kind.recent.map((project) => (
                <li key={project.id} className="reel-row">
                  <a href={projectLink(adminRoute, project.id)}>{project.name}</a>
                  <Badge status={project.status} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  )
}
