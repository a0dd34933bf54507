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
        Convert.TryToHexString(bytes[..8], chars, out _);
        chars[16] = '-';
        Convert.TryToHexString(bytes[8..], chars[17..], out _);
        return new string(chars);
    }

#pragma warning disable CA5394 // Unique, not secret: these ids are sent in clear to the edge and logged by it.
    private static void Fill(Span<byte> bytes) => Random.Shared.NextBytes(bytes);
#pragma warning restore CA5394
}
