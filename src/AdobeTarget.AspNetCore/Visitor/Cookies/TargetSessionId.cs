namespace AdobeTarget.Internal;

/// <summary>Session ids as the Delivery API accepts them: 1 to 128 printable characters, no space, '?' or '/'.</summary>
internal static class TargetSessionId
{
    public const int MaxLength = 128;

    /// <summary>Makes a new session id (32 hex digits).</summary>
    public static string New() => Guid.NewGuid().ToString("N");

    /// <summary>Returns the value when it is a valid session id; otherwise <see langword="null"/>.</summary>
    public static string? Validate(string? value)
    {
        if (value is not { Length: > 0 and <= MaxLength })
        {
            return null;
        }

        foreach (var c in value)
        {
            if (c is <= ' ' or > '~' or '?' or '/')
            {
                return null;
            }
        }

        return value;
    }
}
