/** The extension manifest (package.json) against the command table, the settings and the snippets. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_COMMANDS } from '../hosts/vscode/commandTable';
import { SETTING_KEYS } from '../packages/engine/settings';

const ROOT = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('extension manifest', () => {
  it('contributes exactly the commands the extension registers, with the titles SPEC section 6 gives', () => {
    expect(pkg.contributes.commands).toEqual(ALL_COMMANDS.map(({ id, title }) => ({ command: id, title })));
    expect(ALL_COMMANDS.map((c) => c.title)).toEqual([
      'Follow-Up: New Thank-You Email',
      'Follow-Up: New Check-In Email',
      'Follow-Up: New LinkedIn Connection Request',
      'Follow-Up: New Point-of-Interest Email',
      'Follow-Up: New Other-Offer Email',
      'Follow-Up: New LinkedIn Heads-Up Email',
      'Follow-Up: Plan Follow-Ups for an Interview',
      'Follow-Up: Mark as Sent',
      'Follow-Up: Copy as Email',
      'Follow-Up: Open in Mail Client',
    ]);
  });

  it('has a setting for everything in .followup.json, plus the drafts and templates folders', () => {
    const properties = Object.keys(pkg.contributes.configuration.properties);
    for (const key of SETTING_KEYS) expect(properties).toContain(`followup.${key}`);
    expect(pkg.contributes.configuration.properties['followup.draftsFolder'].default).toBe('followups');
    expect(properties).toContain('followup.templatesFolder');
    for (const [name, spec] of Object.entries<{ markdownDescription?: string; description?: string }>(pkg.contributes.configuration.properties)) {
      expect(spec.markdownDescription ?? spec.description, name).toBeTruthy();
    }
  });

  it('runs the bundled client, declares untrusted-workspace support, and ships its snippets', () => {
    expect(pkg.main).toBe('./dist/extension.js');
    expect(pkg.activationEvents).toContain('onLanguage:markdown');
    expect(pkg.capabilities.untrustedWorkspaces.supported).toBeDefined();
    expect(pkg.contributes.snippets).toEqual([{ language: 'markdown', path: './snippets/markdown.json' }]);
    expect(existsSync(join(ROOT, 'snippets', 'markdown.json'))).toBe(true);
    expect(existsSync(join(ROOT, 'LICENSE'))).toBe(true);
  });
});
