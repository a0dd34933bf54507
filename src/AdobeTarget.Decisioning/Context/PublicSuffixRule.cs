namespace AdobeTarget.Decisioning;

/// <summary>One rule of the Public Suffix List as psl 1.9.x reads it.</summary>
/// <param name="Index">The rule's position in the list; a later matching rule wins.</param>
/// <param name="Suffix">The rule without its <c>*.</c> or <c>!</c> prefix, as written in the list.</param>
/// <param name="Wildcard">Whether the rule starts with <c>*</c>.</param>
/// <param name="Exception">Whether the rule starts with <c>!</c>.</param>
internal sealed record PublicSuffixRule(int Index, string Suffix, bool Wildcard, bool Exception)
{
    /// <summary>The number of labels in <see cref="Suffix"/>.</summary>
    public int LabelCount { get; } = Suffix.AsSpan().Count('.') + 1;

    /// <summary>The first label of <see cref="Suffix"/> (used by exception rules).</summary>
    public string FirstLabel { get; } = Suffix.Split('.')[0];

    /// <summary>
    /// <see cref="Suffix"/> without its first label: the public suffix of an exception rule. Empty when the suffix
    /// has a single label.
    /// </summary>
    public string Tail { get; } = Suffix.Contains('.', StringComparison.Ordinal)
        ? Suffix[(Suffix.IndexOf('.', StringComparison.Ordinal) + 1)..]
        : string.Empty;
}
