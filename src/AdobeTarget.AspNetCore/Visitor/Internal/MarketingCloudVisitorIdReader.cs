using Microsoft.AspNetCore.Http;

namespace AdobeTarget.Internal;

/// <summary>
/// Reads the Experience Cloud visitor id (MCMID) from the Visitor API's <c>AMCV_{organizationId}</c> cookie:
/// <c>…|MCMID|&lt;digits&gt;|…</c>. Anything malformed reads as no id.
/// </summary>
internal static class MarketingCloudVisitorIdReader
{
    private const int MaxCookieLength = 4096;
    private const int MaxIdLength = 128;

    public static string? Read(IRequestCookieCollection cookies, string organizationId)
    {
        var value = cookies[$"AMCV_{organizationId}"] ?? cookies[$"AMCV_{organizationId.Replace("@", "%40", StringComparison.Ordinal)}"];
        if (value is null || value.Length > MaxCookieLength)
        {
            return null;
        }

        var parts = value.Split('|');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (parts[i] == "MCMID")
            {
                var id = parts[i + 1];
                return IsValid(id) ? id : null;
            }
        }

        return null;
    }

    /// <summary>Checks an Experience Cloud id: 1 to 128 ASCII digits.</summary>
    public static bool IsValid([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? id) =>
        id is { Length: > 0 and <= MaxIdLength } && id.All(char.IsAsciiDigit);
}
