/**
 * `lantu user add|reset-password|list` and `lantu unit list|add` — account and unit administration
 * for operators. New and reset passwords are random, shown once, and must be changed at first sign-in.
 */
import type { Command } from 'commander';
import { DomainError } from '../../contracts/domain-error';
import { type Role, roles } from '../../contracts/permissions';
import { addUser, listUsers, resetPassword } from '../../services/auth/users';
import { addUnit, listUnits } from '../../services/org-units/org-units';
import { print } from '../context';
import { withOperator } from '../operator-context';
import { renderTable } from '../output';

function parseRole(value: string): Role {
  if ((roles as readonly string[]).includes(value)) return value as Role;
  throw new DomainError('bad_option', {
    zh: `角色只能是 ${roles.join('、')},收到「${value}」`,
    en: `role must be one of ${roles.join(', ')}, got "${value}"`,
  });
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('用户 / accounts');
  user
    .command('add')
    .argument('<username>')
    .requiredOption('--role <role>', roles.join(' | '))
    .option('--name <displayName>', '显示名称 / display name')
    .option(
      '--unit <code>',
      '所属单位编号(填报员、审核人必填)/ unit code (required for reporters and reviewers)',
    )
    .description('新增用户,打印一次性初始密码 / add a user and print a one-time password')
    .action(async (username: string, opts: { role: string; name?: string; unit?: string }) => {
      await withOperator(async ({ ctx, config }) => {
        const { user: created, password } = await addUser(
          ctx,
          {
            username,
            displayName: opts.name ?? username,
            role: parseRole(opts.role),
            unit: opts.unit ?? null,
          },
          config.LANTU_SCRYPT_N,
        );
        print(
          `已创建 / created: ${created.username} (${created.role})\n一次性初始密码 / one-time password: ${password}`,
        );
      });
    });
  user
    .command('reset-password')
    .argument('<username>')
    .description('重置密码,打印一次性密码并结束其会话 / reset, print a one-time password, end sessions')
    .action(async (username: string) => {
      await withOperator(async ({ ctx, config }) => {
        print(`一次性密码 / one-time password: ${await resetPassword(ctx, username, config.LANTU_SCRYPT_N)}`);
      });
    });
  user
    .command('list')
    .description('列出用户 / list users')
    .action(async () => {
      await withOperator(async ({ ctx }) => {
        const users = await listUsers(ctx);
        print(
          renderTable(
            [
              { header: '用户名 user', value: (u) => u.username },
              { header: '姓名 name', value: (u) => u.displayName },
              { header: '角色 role', value: (u) => u.role },
              { header: '单位 unit', value: (u) => (u.unitId === null ? '' : String(u.unitId)) },
              { header: '状态 state', value: (u) => (u.active ? '启用 active' : '停用 inactive') },
            ],
            users,
          ),
        );
      });
    });

  const unit = program.command('unit').description('单位 / organisational units');
  unit
    .command('list')
    .description('列出单位 / list units')
    .action(async () => {
      await withOperator(async ({ ctx }) => {
        print(
          renderTable(
            [
              { header: '编号 code', value: (u) => u.code },
              { header: '名称 name', value: (u) => u.name },
              { header: '类型 kind', value: (u) => u.kind },
              { header: '状态 state', value: (u) => (u.active ? '启用' : '停用') },
            ],
            await listUnits(ctx),
          ),
        );
      });
    });
  unit
    .command('add')
    .argument('<code>')
    .requiredOption('--name <name>', '中文名称 / name')
    .option('--name-en <nameEn>', 'English name')
    .requiredOption('--kind <kind>', 'office | department | park | subdistrict | enterprise')
    .description('新增单位 / add a unit')
    .action(async (code: string, opts: { name: string; nameEn?: string; kind: string }) => {
      const kinds = ['office', 'department', 'park', 'subdistrict', 'enterprise'] as const;
      const kind = kinds.find((k) => k === opts.kind);
      if (!kind) {
        throw new DomainError('bad_option', {
          zh: `类型只能是 ${kinds.join('、')}`,
          en: `kind must be one of ${kinds.join(', ')}`,
        });
      }
      await withOperator(async ({ ctx }) => {
        const created = await addUnit(ctx, { code, name: opts.name, nameEn: opts.nameEn ?? opts.name, kind });
        print(`已创建 / created: ${created.code} ${created.name}`);
      });
    });
}
