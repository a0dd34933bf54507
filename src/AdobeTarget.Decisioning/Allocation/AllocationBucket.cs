using System.Globalization;

namespace AdobeTarget.Decisioning;

/// <summary>
/// The allocation value (0 to 99.99) that decides a visitor's experience in an activity, computed as Adobe's
/// engine does: MurmurHash3 over <c>"{clientCode}.{activityId}.{visitorId}.0"</c>, then
/// <c>(|hash| mod 10000) / 100</c>. Pure and allocation-light; nothing is cached.
/// </summary>
internal static class AllocationBucket
{
    /// <summary>The salt Adobe appends to every device id.</summary>
    public const string Salt = "0";

    private const int TotalBuckets = 10_000;
    private const int StackLimit = 256;

    /// <summary>Computes the allocation for a visitor in an activity.</summary>
    /// <param name="clientCode">The Target client code.</param>
    /// <param name="activityId">The activity id from the rule's meta.</param>
    /// <param name="visitorId">The visitor id (marketing cloud id, tnt id before its first dot, or third-party id).</param>
    /// <returns>The allocation, a multiple of 0.01 from 0 to 99.99.</returns>
    public static double For(string clientCode, long activityId, string visitorId)
    {
        ArgumentNullException.ThrowIfNull(clientCode);
        ArgumentNullException.ThrowIfNull(visitorId);

        // "{client}.{activity}.{visitor}.0": 20 chars cover a long, 3 dots and the salt.
        int length = clientCode.Length + visitorId.Length + 20 + Salt.Length + 3;
        char[]? rented = null;
        Span<char> buffer = length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(length));
        try
        {
            int written = WriteDeviceId(buffer, clientCode, activityId, visitorId);
            return ForDeviceId(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Computes the allocation for an already built device id.</summary>
    /// <param name="deviceId">The device id, <c>"{clientCode}.{activityId}.{visitorId}.0"</c>.</param>
    /// <returns>The allocation, a multiple of 0.01 from 0 to 99.99.</returns>
    public static double ForDeviceId(ReadOnlySpan<char> deviceId)
    {
        long hash = MurmurHash3.Hash32(deviceId);
        long bucket = Math.Abs(hash) % TotalBuckets;
        return bucket / 100.0;
    }

    private static int WriteDeviceId(Span<char> buffer, string clientCode, long activityId, string visitorId)
    {
        int position = 0;
        clientCode.AsSpan().CopyTo(buffer);
        position += clientCode.Length;
        buffer[position++] = '.';
        activityId.TryFormat(buffer[position..], out int digits, default, CultureInfo.InvariantCulture);
        position += digits;
        buffer[position++] = '.';
        visitorId.AsSpan().CopyTo(buffer[position..]);
        position += visitorId.Length;
        buffer[position++] = '.';
        Salt.AsSpan().CopyTo(buffer[position..]);
        return position + Salt.Length;
    }
}
