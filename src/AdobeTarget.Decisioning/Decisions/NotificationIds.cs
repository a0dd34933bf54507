namespace AdobeTarget.Decisioning.Decisions;

/// <summary>
/// Version-4 UUID strings for notification and impression ids. These only need to be unique, not unguessable, so
/// they come from <see cref="Random.Shared"/>: <see cref="Guid.NewGuid"/> costs about 2 µs on some hosts, which
/// dominated a one-mbox decision.
/// </summary>
internal static class NotificationIds
{
    /// <summary>A new random version-4 UUID in the usual 8-4-4-4-12 form.</summary>
    public static string Next()
    {
        Span<byte> bytes = stackalloc byte[16];
#pragma warning disable CA5394 // not security-sensitive: identifiers that must be unique, not secret
        Random.Shared.NextBytes(bytes);
#pragma warning restore CA5394
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }
}
