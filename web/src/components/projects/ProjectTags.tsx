/**
 * The project library's verdicts as tags: the stage (谋划 … 投产), investment against 序时进度, and the
 * colour light of a problem under 督办. The words always carry the meaning; colour only repeats it.
 */
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnnualCompletion, InvestmentPace, ProblemLight, ProjectStage } from '../../api/types';
import { formatNumber, useLocalized } from '../../i18n/localized';

export const stageColor: Record<ProjectStage, string> = {
  conceived: 'default',
  reserve: 'cyan',
  preparation: 'geekblue',
  under_construction: 'blue',
  completed: 'green',
  in_operation: 'success',
};

export const stageChartColor: Record<ProjectStage, string> = {
  conceived: '#bfbfbf',
  reserve: '#36cfc9',
  preparation: '#597ef7',
  under_construction: '#1677ff',
  completed: '#52c41a',
  in_operation: '#237804',
};

export function StageTag({ stage }: { stage: ProjectStage }) {
  const { t } = useTranslation();
  return (
    <Tag color={stageColor[stage]} data-stage={stage}>
      {t(`projectStage.${stage}`)}
    </Tag>
  );
}

const paceColor: Record<InvestmentPace, string> = { ahead: 'green', on_pace: 'blue', behind: 'orange' };

/**
 * 完成年度计划的68%, coloured by the server's pace verdict; red when the server raised a red
 * behind-pace warning. The server's sentence is the tooltip.
 */
export function CompletionTag({
  completion,
  red = false,
}: {
  completion: AnnualCompletion | null;
  red?: boolean;
}) {
  const { t } = useTranslation();
  const { text, locale } = useLocalized();
  if (!completion) return <span className="muted">—</span>;
  const gap = formatNumber(Math.abs(completion.gapPoints), locale, 1);
  return (
    <Tooltip title={text(completion.explanation)}>
      <Tag color={red ? 'red' : paceColor[completion.pace]} data-pace={completion.pace}>
        {formatNumber(completion.completionPercent, locale, 1)}%{' '}
        {completion.pace === 'on_pace'
          ? t('pace.on_pace_short')
          : t(`pace.${completion.pace}_short`, { gap })}
      </Tag>
    </Tooltip>
  );
}

const lightColor: Record<ProblemLight, string> = { green: 'green', yellow: 'gold', red: 'red' };

export function LightTag({ light, reason }: { light: ProblemLight; reason?: string }) {
  const { t } = useTranslation();
  const tag = (
    <Tag color={lightColor[light]} data-light={light} className="light-tag">
      <span className={`light-dot light-${light}`} aria-hidden />
      {t(`light.${light}`)}
    </Tag>
  );
  return reason ? <Tooltip title={reason}>{tag}</Tooltip> : tag;
}
