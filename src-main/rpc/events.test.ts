import { describe, expect, it } from 'vitest';
import { createEventBus } from './events';

describe('event bus', () => {
  it('holds events during a transaction: sent after it returns, dropped when it throws, nested holds flush once', () => {
    const bus = createEventBus();
    const heard: string[] = [];
    bus.subscribe((name, payload) => heard.push(`${name}:${(payload as { reason: string }).reason}`));
    const emit = (reason: string) => bus.emit('app.connectivityChanged', { online: true, reason });

    bus.holding(() => {
      emit('a');
      bus.holding(() => emit('b'));
      expect(heard).toEqual([]);
    });
    expect(heard).toEqual(['app.connectivityChanged:a', 'app.connectivityChanged:b']);

    heard.length = 0;
    expect(() =>
      bus.holding(() => {
        emit('rolled back');
        throw new Error('rollback');
      }),
    ).toThrow('rollback');
    bus.holding(() => {
      emit('kept');
      const inner = () => {
        emit('inner rolled back');
        throw new Error('inner');
      };
      expect(() => bus.holding(inner)).toThrow('inner');
    });
    expect(heard).toEqual(['app.connectivityChanged:kept']);
    emit('now');
    expect(heard).toEqual(['app.connectivityChanged:kept', 'app.connectivityChanged:now']);
  });
});
