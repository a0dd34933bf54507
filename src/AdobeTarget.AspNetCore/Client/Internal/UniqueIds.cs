namespace AdobeTarget.Internal;

/// <summary>
/// Identifiers that must be unique but not secret (a request id, a supplemental data id), drawn from
/// <see cref="Random.Shared"/>: on some hosts <see cref="Guid.NewGuid"/> and
/// <see cref="System.Security.Cryptography.RandomNumberGenerator"/> cost 3–4 µs each (a system call), which dominated
/// an on-device call. Session ids and visitor ids keep the cryptographic generator.
/// </summary>
internal static class UniqueIds
{
    /// <summary>A new request id: 32 lowercase hex digits, as <c>Guid.NewGuid().ToString("N")</c> gives.</summary>
    public static string RequestId()
    {
        Span<byte> bytes = stackalloc byte[16];
        Fill(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // a version-4 UUID, like the Guid it replaces
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString("N");
    }

    /// <summary>A new supplemental data id: <c>&lt;16 uppercase hex&gt;-&lt;16 uppercase hex&gt;</c>.</summary>
    public static string SupplementalDataId()
    {
        Span<byte> bytes = stackalloc byte[16];
        Fill(bytes);
        Span<char> chars = stackalloc char[33];
        WriteUpperHex(bytes[..8], chars);
        chars[16] = '-';
        WriteUpperHex(bytes[8..], chars[17..]);
        return new string(chars);
    }

    /// <summary>Writes <paramref name="bytes"/> as uppercase hex (what <c>Convert.TryToHexString</c> does on .NET 9 and later).</summary>
    private static void WriteUpperHex(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        const string Digits = "0123456789ABCDEF";
        for (var i = 0; i < bytes.Length; i++)
        {
            destination[2 * i] = Digits[bytes[i] >> 4];
            destination[(2 * i) + 1] = Digits[bytes[i] & 0xF];
        }
    }

#pragma warning disable CA5394 // Unique, not secret: these ids are sent in clear to the edge and logged by it.
    private static void Fill(Span<byte> bytes) => Random.Shared.NextBytes(bytes);
#pragma warning restore CA5394
}
