using System.Text.RegularExpressions;

namespace AdobeTarget.Internal;

/// <summary>
/// The edge location hint (the <c>21</c> of <c>mboxedge21.tt.omtrdc.net</c>). Only a short run of ASCII digits is
/// ever accepted, so no cookie, header or response can point a call at another host.
/// </summary>
internal static partial class LocationHint
{
    /// <summary>The most digits a hint may have.</summary>
    public const int MaxLength = 4;

    /// <summary>Returns the value when it is a valid hint; otherwise <see langword="null"/>.</summary>
    public static string? Validate(string? value) =>
        value is { Length: > 0 and <= MaxLength } && value.All(char.IsAsciiDigit) ? value : null;

    /// <summary>Reads the hint that ends a tntId (<c>….21_27</c> gives <c>21</c>).</summary>
    public static string? FromTntId(string? tntId)
    {
        if (tntId is null || tntId.Length > 128)
        {
            return null;
        }

        var match = TntIdSuffix().Match(tntId);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Reads the hint of an edge host (<c>mboxedge21.tt.omtrdc.net</c> gives <c>21</c>).</summary>
    public static string? FromEdgeHost(string? edgeHost)
    {
        if (edgeHost is null || edgeHost.Length > 64)
        {
            return null;
        }

        var match = EdgeHostName().Match(edgeHost);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"\.([0-9]{1,4})_[0-9]{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex TntIdSuffix();

    [GeneratedRegex(@"^mboxedge([0-9]{1,4})\.tt\.omtrdc\.net$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EdgeHostName();
}
