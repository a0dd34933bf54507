namespace AdobeTarget.Decisioning;

// TEMP placeholder: the real implementation comes from branch engine-parsers.
internal sealed class PublicSuffixList
{
    private readonly char _separator = '.';

    public static PublicSuffixList LoadBundled() => new();

    public static PublicSuffixList Parse(TextReader rules)
    {
        _ = rules;
        return new();
    }

    public DomainParts Split(string host)
    {
        var labels = host.Split(_separator);
        if (labels.Length < 2)
        {
            return new DomainParts(host, string.Empty, string.Empty);
        }

        var tld = labels[^1];
        var domain = labels[^2] + "." + tld;
        var sub = string.Join('.', labels[..^2]);
        if (sub.StartsWith("www", StringComparison.Ordinal))
        {
            sub = sub.Length > 4 ? sub[4..] : string.Empty;
        }

        return new DomainParts(domain, sub, tld);
    }
}
