namespace AdobeTarget.AspNetCore;

/// <summary>Checks a Content-Security-Policy nonce before it is written into an attribute or at.js's settings.</summary>
internal static class CspNonce
{
    /// <summary>The longest nonce accepted; real ones are 16 to 64 characters.</summary>
    public const int MaxLength = 256;

    /// <summary>
    /// Returns the nonce when it is a CSP <c>base64-value</c> (letters, digits, <c>+</c>, <c>/</c>, <c>-</c>,
    /// <c>_</c>, then at most two <c>=</c>), <see langword="null"/> when it is null or empty.
    /// </summary>
    /// <param name="nonce">The nonce, as the application generated it.</param>
    /// <param name="parameterName">The name reported when the nonce is rejected.</param>
    /// <returns>The nonce, or <see langword="null"/> for none.</returns>
    /// <exception cref="ArgumentException">The nonce has another character or is longer than <see cref="MaxLength"/>.</exception>
    public static string? Validate(string? nonce, string parameterName)
    {
        if (string.IsNullOrEmpty(nonce))
        {
            return null;
        }

        if (nonce.Length > MaxLength || !IsBase64Value(nonce))
        {
            // The value itself stays out of the message: it may come from a header the application copied.
            throw new ArgumentException(
                $"A CSP nonce must be 1 to {MaxLength} base64 characters (A-Z, a-z, 0-9, '+', '/', '-', '_', then at most two '='); the value given ({nonce.Length} characters) is not.",
                parameterName);
        }

        return nonce;
    }

    private static bool IsBase64Value(string nonce)
    {
        var padding = nonce.Length - nonce.AsSpan().TrimEnd('=').Length;
        if (padding > 2 || padding == nonce.Length)
        {
            return false;
        }

        foreach (var c in nonce.AsSpan(0, nonce.Length - padding))
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '/' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
