/**
 * 重点任务推进情况 — printed when the plan has tasks: the count sentence of the task service, one
 * paragraph per chapter ("第六章 …:已完成X项,滞后X项,主要是…") and a table by chapter. Every number
 * comes from the summary, computed by services/tasks like the API's.
 */

import type { ReportTasksSummary } from '../../io/report-model/report-input';
import type { ReportBlock } from '../../io/report-model/report-model';
import type { ReportContext } from './report-context';
import { rt } from './translate-report';

export function taskBlocks(ctx: ReportContext, tasks: ReportTasksSummary): ReportBlock[] {
  const { lang } = ctx;
  const no = ctx.nextTable();
  const blocks: ReportBlock[] = [
    {
      type: 'paragraph',
      style: 'body',
      text: rt(lang, 'tasks.intro', { date: tasks.asOf, sentence: tasks.sentence, no }),
    },
  ];
  for (const c of tasks.chapters) {
    if (c.completed === 0 && c.behind === 0) continue;
    let text = rt(lang, 'tasks.chapter', { chapter: c.label, completed: c.completed, behind: c.behind });
    if (c.behindTasks.length > 0) {
      const list = c.behindTasks.map((t) => `${t.code}(${t.problem})`).join(lang === 'zh' ? '、' : ', ');
      text += rt(lang, 'tasks.behindMain', { list });
    }
    blocks.push({ type: 'paragraph', style: 'body', text: `${text}${lang === 'zh' ? '。' : '.'}` });
  }
  blocks.push({
    type: 'table',
    id: 'task-chapters',
    caption: rt(lang, 'tasks.tableCaption', { no }),
    columns: [
      { header: rt(lang, 'col.chapter'), width: 16, align: 'left' },
      { header: rt(lang, 'col.tasks'), width: 5, align: 'right' },
      { header: rt(lang, 'col.completed'), width: 5, align: 'right' },
      { header: rt(lang, 'col.onTrack'), width: 5, align: 'right' },
      { header: rt(lang, 'col.behind'), width: 5, align: 'right' },
      { header: rt(lang, 'col.notStarted'), width: 5, align: 'right' },
    ],
    rows: tasks.chapters.map((c) => ({
      kind: 'body',
      cells: [c.label, c.total, c.completed, c.onTrack, c.behind, c.notStarted].map((v) => ({
        text: String(v),
      })),
    })),
  });
  return blocks;
}
