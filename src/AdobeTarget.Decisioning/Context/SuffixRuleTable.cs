namespace AdobeTarget.Decisioning;

/// <summary>
/// An immutable hash table from a rule's ASCII (punycode) suffix to the last rule with that suffix, looked up by
/// span so that trying each label suffix of a host allocates nothing.
/// </summary>
internal sealed class SuffixRuleTable
{
    private readonly int[] _buckets;
    private readonly string[] _keys;
    private readonly PublicSuffixRule[] _rules;
    private readonly int[] _next;

    /// <summary>Builds the table; for keys given more than once, the rule with the highest index is kept.</summary>
    /// <param name="entries">The ASCII suffixes and their rules.</param>
    public SuffixRuleTable(IReadOnlyList<(string Key, PublicSuffixRule Rule)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var latest = new Dictionary<string, PublicSuffixRule>(entries.Count, StringComparer.Ordinal);
        foreach ((string key, PublicSuffixRule rule) in entries)
        {
            if (!latest.TryGetValue(key, out PublicSuffixRule? existing) || existing.Index < rule.Index)
            {
                latest[key] = rule;
            }
        }

        int size = Math.Max(16, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)latest.Count * 2));
        _buckets = new int[size];
        _keys = new string[latest.Count];
        _rules = new PublicSuffixRule[latest.Count];
        _next = new int[latest.Count];
        int i = 0;
        foreach (KeyValuePair<string, PublicSuffixRule> pair in latest)
        {
            int bucket = string.GetHashCode(pair.Key.AsSpan()) & (size - 1);
            _keys[i] = pair.Key;
            _rules[i] = pair.Value;
            _next[i] = _buckets[bucket] - 1;
            _buckets[bucket] = i + 1;
            i++;
        }
    }

    /// <summary>The number of distinct suffixes.</summary>
    public int Count => _keys.Length;

    /// <summary>Finds the rule for an ASCII suffix.</summary>
    /// <param name="suffix">The suffix, e.g. <c>co.uk</c>.</param>
    /// <returns>The last rule with that suffix, or null.</returns>
    public PublicSuffixRule? Find(ReadOnlySpan<char> suffix)
    {
        int bucket = string.GetHashCode(suffix) & (_buckets.Length - 1);
        for (int i = _buckets[bucket] - 1; i >= 0; i = _next[i])
        {
            if (suffix.SequenceEqual(_keys[i]))
            {
                return _rules[i];
            }
        }

        return null;
    }
}
