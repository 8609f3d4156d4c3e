using System.Collections.Concurrent;

namespace Marketplace.Web.Infrastructure.Members;

/// <summary>Answers remembered until a time, at most <paramref name="capacity"/> of them: when full it forgets
/// everything at once (each answer is only a shortcut; the next request works it out again).</summary>
public sealed class ShortMemory<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, DateTimeOffset Until)> _entries = new(comparer);

    public bool TryRecall(TKey key, DateTimeOffset now, out TValue value)
    {
        var found = _entries.TryGetValue(key, out var entry) && entry.Until > now;
        value = found ? entry.Value : default!;
        return found;
    }

    public void Remember(TKey key, TValue value, DateTimeOffset until)
    {
        if (_entries.Count >= capacity) _entries.Clear();
        _entries[key] = (value, until);
    }

    public void Forget(TKey key) => _entries.TryRemove(key, out _);
}
