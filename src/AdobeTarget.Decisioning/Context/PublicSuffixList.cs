namespace AdobeTarget.Decisioning;

/// <summary>
/// The Public Suffix List, splitting hosts into domain, subdomain and top-level domain exactly as Adobe's Node SDK
/// does with psl 1.9.x: lower-case, drop one trailing dot, validate the punycode form (1–255 characters, labels of
/// 1–63 characters from <c>a-z 0-9 -</c>, no dash at either end), reject <c>*.local</c>, take the <em>last</em>
/// matching rule in list order, apply wildcard and exception rules, and cut the first four characters of a
/// subdomain starting with <c>www</c>. A host that is invalid or has no listed suffix keeps its raw form as the
/// domain, with empty subdomain and top-level domain. Immutable and thread-safe; a lookup costs one hash probe per
/// label suffix of the host.
/// </summary>
internal sealed class PublicSuffixList
{
    /// <summary>The manifest name of the bundled list (psl 1.9.0's rules; see Context/PublicSuffix/SOURCE.md).</summary>
    public const string BundledResourceName = "AdobeTarget.Decisioning.PublicSuffixList.dat";

    /// <summary>The most rules <see cref="Parse"/> accepts.</summary>
    public const int MaxRules = 100_000;

    /// <summary>The longest rule <see cref="Parse"/> accepts, in characters.</summary>
    public const int MaxRuleLength = 255;

    // A lower-cased host longer than this cannot have a punycode form of 255 characters or fewer.
    private const int MaxHostLength = 511;

    private static readonly Lazy<PublicSuffixList> Bundled = new(LoadFromResource);

    private readonly SuffixRuleTable _rules;

    private PublicSuffixList(SuffixRuleTable rules) => _rules = rules;

    /// <summary>The number of distinct suffixes in the list.</summary>
    public int Count => _rules.Count;

    /// <summary>Returns the list bundled with this library (loaded once, then shared).</summary>
    /// <returns>The bundled list.</returns>
    public static PublicSuffixList LoadBundled() => Bundled.Value;

    /// <summary>Reads a list in the <c>public_suffix_list.dat</c> format.</summary>
    /// <param name="rules">
    /// The list: one rule per line (its first white-space-delimited word), <c>//</c> comments and blank lines ignored.
    /// </param>
    /// <returns>The parsed list.</returns>
    /// <exception cref="FormatException">A rule is longer than <see cref="MaxRuleLength"/> or there are more than <see cref="MaxRules"/>.</exception>
    public static PublicSuffixList Parse(TextReader rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var entries = new List<(string Key, PublicSuffixRule Rule)>();
        int lineNumber = 0;
        while (rules.ReadLine() is { } line)
        {
            lineNumber++;
            ReadOnlySpan<char> text = line.AsSpan().Trim();
            if (text.IsEmpty || text.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            int space = text.IndexOfAny(' ', '\t');
            ReadOnlySpan<char> rule = space < 0 ? text : text[..space];
            if (rule.Length > MaxRuleLength)
            {
                throw new FormatException($"Public suffix rule on line {lineNumber} is longer than {MaxRuleLength} characters.");
            }

            if (entries.Count == MaxRules)
            {
                throw new FormatException($"The public suffix list has more than {MaxRules} rules.");
            }

            entries.Add(CreateEntry(rule.ToString(), entries.Count));
        }

        return new PublicSuffixList(new SuffixRuleTable(entries));
    }

    /// <summary>Splits a host (as parsed from a URL) into domain, subdomain and top-level domain.</summary>
    /// <param name="host">The host; any text, never throws.</param>
    /// <returns>The parts; for an invalid or unlisted host, the raw host as domain and empty other parts.</returns>
    public DomainParts Split(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return TrySplit(host, out DomainParts parts) ? parts : new DomainParts(host, string.Empty, string.Empty);
    }

    private static (string Key, PublicSuffixRule Rule) CreateEntry(string rule, int index)
    {
        bool wildcard = rule.StartsWith('*');
        bool exception = rule.StartsWith('!');
        string suffix = rule.StartsWith("*.", StringComparison.Ordinal) ? rule[2..] : exception ? rule[1..] : rule;
        string key = Punycode.ToAscii(suffix) ?? suffix;
        return (key, new PublicSuffixRule(index, suffix, wildcard, exception));
    }

    private static PublicSuffixList LoadFromResource()
    {
        using Stream stream = typeof(PublicSuffixList).Assembly.GetManifestResourceStream(BundledResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{BundledResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    private bool TrySplit(string host, out DomainParts parts)
    {
        parts = default;
        if (host.Length > MaxHostLength * 2)
        {
            return false;
        }

        string domain = JavaScriptText.ToLower(host);
        if (domain.EndsWith('.'))
        {
            domain = domain[..^1];
        }

        if (domain.Length > MaxHostLength || Punycode.ToAscii(domain) is not { } ascii || !HostLabels.IsValidAscii(ascii))
        {
            return false;
        }

        if (domain.AsSpan(domain.LastIndexOf('.') + 1).SequenceEqual("local") || FindRule(ascii) is not { } rule)
        {
            return false;
        }

        if (!HostLabels.TryApplyRule(domain, rule, out string registrable, out string? subdomain, out string topLevel))
        {
            return false;
        }

        if (domain.Contains("xn--", StringComparison.Ordinal))
        {
            registrable = Punycode.ToAscii(registrable) ?? registrable;
            subdomain = subdomain is null ? null : Punycode.ToAscii(subdomain) ?? subdomain;
        }

        parts = new DomainParts(registrable, CutWww(subdomain), topLevel);
        return true;
    }

    // The last rule in list order whose suffix equals the host or ends it after a dot.
    private PublicSuffixRule? FindRule(string ascii)
    {
        PublicSuffixRule? best = _rules.Find(ascii);
        ReadOnlySpan<char> rest = ascii;
        int offset = 0;
        while (rest[offset..].IndexOf('.') is var dot and >= 0)
        {
            offset += dot + 1;
            if (_rules.Find(rest[offset..]) is { } candidate && (best is null || candidate.Index > best.Index))
            {
                best = candidate;
            }
        }

        return best;
    }

    // Adobe's Node SDK drops the first four characters of a subdomain that starts with "www".
    private static string CutWww(string? subdomain) =>
        string.IsNullOrEmpty(subdomain) ? string.Empty
        : subdomain.StartsWith("www", StringComparison.Ordinal) ? (subdomain.Length > 4 ? subdomain[4..] : string.Empty)
        : subdomain;
}
