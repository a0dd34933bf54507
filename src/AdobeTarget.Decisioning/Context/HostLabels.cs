namespace AdobeTarget.Decisioning;

/// <summary>Label-level steps of psl 1.9.x's parse: host validation and applying the matched suffix rule.</summary>
internal static class HostLabels
{
    private const int MaxAsciiLength = 255;
    private const int MaxLabelLength = 63;

    private static readonly System.Buffers.SearchValues<char> AllowedLabelChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    /// <summary>Validates the punycode form of a host as psl does.</summary>
    /// <param name="ascii">The host's ASCII form.</param>
    /// <returns>Whether it is 1–255 characters of labels with 1–63 characters of <c>a-z 0-9 -</c>, no dash at an end.</returns>
    public static bool IsValidAscii(ReadOnlySpan<char> ascii)
    {
        if (ascii.IsEmpty || ascii.Length > MaxAsciiLength)
        {
            return false;
        }

        ReadOnlySpan<char> rest = ascii;
        while (true)
        {
            int dot = rest.IndexOf('.');
            ReadOnlySpan<char> label = dot < 0 ? rest : rest[..dot];
            if (label.IsEmpty || label.Length > MaxLabelLength || label[0] == '-' || label[^1] == '-'
                || label.ContainsAnyExcept(AllowedLabelChars))
            {
                return false;
            }

            if (dot < 0)
            {
                return true;
            }

            rest = rest[(dot + 1)..];
        }
    }

    /// <summary>
    /// Applies a matched rule to the lower-cased host's labels (split on <c>.</c> only, as psl splits them), with
    /// psl's steps: private labels are those left of the rule's label count (JavaScript <c>slice</c> semantics), an
    /// exception rule gives its first label back, a wildcard takes one more label into the suffix.
    /// </summary>
    /// <param name="domain">The lower-cased host without a trailing dot.</param>
    /// <param name="rule">The matched rule.</param>
    /// <param name="registrable">The registrable domain, <c>sld.tld</c>.</param>
    /// <param name="subdomain">The labels left of the registrable domain, or null.</param>
    /// <param name="topLevel">The public suffix.</param>
    /// <returns>False when no label is left for the registrable domain (psl then reports no domain).</returns>
    public static bool TryApplyRule(string domain, PublicSuffixRule rule,
        out string registrable, out string? subdomain, out string topLevel)
    {
        registrable = string.Empty;
        subdomain = null;
        topLevel = rule.Exception ? rule.Tail : rule.Suffix;

        int labelCount = domain.AsSpan().Count('.') + 1;
        Span<int> starts = stackalloc int[labelCount + 1];
        int index = 0;
        starts[index++] = 0;
        for (int i = 0; i < domain.Length; i++)
        {
            if (domain[i] == '.')
            {
                starts[index++] = i + 1;
            }
        }

        starts[labelCount] = domain.Length + 1;

        int end = labelCount - rule.LabelCount;
        int hostPrivate = end >= 0 ? end : Math.Max(0, labelCount + end);
        int privateCount = hostPrivate + (rule.Exception ? 1 : 0);
        if (privateCount == 0)
        {
            return false;
        }

        if (rule.Wildcard)
        {
            topLevel = Label(domain, starts, hostPrivate, rule, privateCount - 1) + "." + rule.Suffix;
            privateCount--;
            if (privateCount == 0)
            {
                return false;
            }
        }

        string secondLevel = Label(domain, starts, hostPrivate, rule, privateCount - 1);
        registrable = secondLevel + "." + topLevel;
        if (privateCount > 1)
        {
            subdomain = domain[..(starts[privateCount - 1] - 1)];
        }

        return true;
    }

    private static string Label(string domain, ReadOnlySpan<int> starts, int hostPrivate, PublicSuffixRule rule, int i) =>
        i < hostPrivate ? domain[starts[i]..(starts[i + 1] - 1)] : rule.FirstLabel;
}
