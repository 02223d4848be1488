import fs from 'node:fs';
import path from 'node:path';
import type {
  signingListModules,
  signingSaveImage,
  signingSaveSettings,
  SigningSettings,
} from '../../../../src-shared/contracts/signing.contract';
import type { OutputOf, ParsedInputOf } from '../../../../src-shared/rpc/define';
import { toVnIso } from '../../../../src-shared/domain/vn-time';
import { appError } from '../../../../src-shared/rpc/errors';
import type { Clock } from '../../../core/clock';
import type { Logger } from '../../../core/logger';
import type { AuditService } from '../../audit/audit.service';
import { candidateModules } from '../token/module-discovery';
import type { SettingSlot } from '../../settings/settings-store';
import type { StoredFiles } from './stored-files';

type In<D> = ParsedInputOf<D>;
type Out<D> = OutputOf<D>;

const SETTINGS_ENTITY = 'settings';
const SETTINGS_ID = 'signing.settings';

function requireLibrary(p: string): string {
  const full = path.resolve(p);
  let ok = false;
  try {
    ok = fs.statSync(full).isFile();
  } catch {
    ok = false;
  }
  if (!ok) throw appError('signing.moduleNotFound', { path: full }, { field: 'modulePath' });
  return full;
}

/** The libraries a window may pick: the known vendor ones and those added from the command line. */
function knownModules(s: SigningSettings): string[] {
  return candidateModules(s.customModulePaths);
}

function requireKnown(full: string, s: SigningSettings): string {
  if (!knownModules(s).includes(full)) throw appError('signing.moduleUnknown', { path: full }, { field: 'modulePath' });
  return full;
}

/**
 * The signing settings of a data folder: which token library, the leader's signature image and the
 * agency's seal image (stored files), TSA, and what was used last. Invariants: a library path is
 * saved only if it exists on this machine; an image is saved only if it is a transparent PNG; the
 * PIN is never part of the settings. Changes the clerk makes are audited.
 */
export function createSigningSettingsService(deps: {
  repo: SettingSlot<SigningSettings>;
  files: StoredFiles;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
}) {
  const save = (next: SigningSettings) => deps.repo.save(next, toVnIso(deps.clock.now()));

  return {
    get: (): SigningSettings => deps.repo.get(),

    save(input: In<typeof signingSaveSettings>, actor: string): SigningSettings {
      const s = deps.repo.getForRepair();
      const next: SigningSettings = {
        ...s,
        customModulePaths: [...s.customModulePaths],
        keyByRole: { ...s.keyByRole, ...(input.keyByRole ?? {}) },
      };
      if (input.addCustomModulePath !== undefined) {
        const full = requireLibrary(input.addCustomModulePath);
        if (!next.customModulePaths.includes(full)) next.customModulePaths.push(full);
        next.modulePath = full;
      }
      if (input.modulePath !== undefined)
        next.modulePath = input.modulePath === null ? null : requireKnown(requireLibrary(input.modulePath), next);
      if (input.sealSizeMm !== undefined) next.sealSizeMm = input.sealSizeMm;
      if (input.tsaUrl !== undefined) next.tsaUrl = input.tsaUrl;
      if (input.lastToken !== undefined) next.lastToken = input.lastToken;
      save(next);
      const changed = (['modulePath', 'customModulePaths', 'sealSizeMm', 'tsaUrl'] as const).filter(
        (k) => JSON.stringify(s[k]) !== JSON.stringify(next[k]),
      );
      if (changed.length > 0) {
        deps.audit.append({
          actor,
          action: 'signing.settingsChanged',
          entityType: SETTINGS_ENTITY,
          entityId: SETTINGS_ID,
          data: Object.fromEntries(changed.map((k) => [k, { from: s[k], to: next[k] }])),
        });
        deps.logger.info('signing settings changed', { changed });
      }
      return next;
    },

    saveImage(input: In<typeof signingSaveImage>, actor: string): Out<typeof signingSaveImage> {
      const label = input.kind === 'seal' ? 'sealImage' : 'signatureImage';
      const clean = input.dataBase64.replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw appError('signing.imageNotBase64', { label }, { field: 'dataBase64' });
      const image = deps.files.putImage(Buffer.from(clean, 'base64'), input.fileName ?? null, label);
      const s = deps.repo.getForRepair();
      const next: SigningSettings = input.kind === 'seal' ? { ...s, sealImage: image } : { ...s, signatureImage: image };
      save(next);
      deps.audit.append({
        actor,
        action: 'signing.imageSaved',
        entityType: SETTINGS_ENTITY,
        entityId: SETTINGS_ID,
        data: { kind: input.kind, sha256: image.sha256, fileName: input.fileName ?? null, width: image.width, height: image.height },
      });
      deps.logger.info('signing image saved', { kind: input.kind, sha256: image.sha256 });
      return { image, settings: next };
    },

    /** The library selected in the settings, still one of the known ones (a window probes only this). */
    selectedModule(): string {
      const s = deps.repo.get();
      if (!s.modulePath) throw appError('signing.noModule', undefined, { field: 'modulePath' });
      return requireKnown(s.modulePath, s);
    },

    /** Known vendor libraries present on this machine, the custom ones, and the selected one; nothing is loaded. */
    listModules(): Out<typeof signingListModules> {
      const s = deps.repo.get();
      const explicit = [...(s.modulePath ? [s.modulePath] : []), ...s.customModulePaths];
      return {
        modules: candidateModules(explicit).map((p) => ({
          path: p,
          name: path.basename(p),
          exists: fs.existsSync(p),
          custom: s.customModulePaths.includes(p),
          selected: p === s.modulePath,
        })),
      };
    },
  };
}

export type SigningSettingsService = ReturnType<typeof createSigningSettingsService>;
