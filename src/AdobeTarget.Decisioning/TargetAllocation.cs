using AdobeTarget.Decisioning.Decisions;
using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning;

/// <summary>
/// The allocation Adobe Target's on-device engine gives a visitor in an activity, for code outside the engine that
/// must split visitors exactly as the engine does (a local edge, a test double, a report).
/// </summary>
/// <remarks>
/// The allocation is <c>(|MurmurHash3_x86_32(UTF-16LE of "{clientCode}.{activityId}.{visitorId}.0")| mod 10000) / 100</c>:
/// a multiple of 0.01 from 0 to 99.99. An artifact's rule takes a visitor when its condition on <c>allocation</c>
/// holds, so two parties that compute the same value and the same range boundaries (multiples of 0.01) agree.
/// </remarks>
public static class TargetAllocation
{
    /// <summary>Computes a visitor's allocation in an activity.</summary>
    /// <param name="clientCode">The Target client code.</param>
    /// <param name="activityId">The activity id (the rule's <c>activity.id</c> meta).</param>
    /// <param name="visitorId">The visitor id, as <see cref="VisitorIdOf"/> chooses it.</param>
    /// <returns>The allocation, a multiple of 0.01 from 0 to 99.99.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clientCode"/> or <paramref name="visitorId"/> is <see langword="null"/>.</exception>
    public static double Of(string clientCode, long activityId, string visitorId)
    {
        ArgumentNullException.ThrowIfNull(clientCode);
        ArgumentNullException.ThrowIfNull(visitorId);
        return AllocationBucket.For(clientCode, activityId, visitorId);
    }

    /// <summary>Computes a visitor's allocation bucket in an activity: <see cref="Of"/> times 100, from 0 to 9999.</summary>
    /// <param name="clientCode">The Target client code.</param>
    /// <param name="activityId">The activity id.</param>
    /// <param name="visitorId">The visitor id, as <see cref="VisitorIdOf"/> chooses it.</param>
    /// <returns>The bucket, an integer from 0 to 9999.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clientCode"/> or <paramref name="visitorId"/> is <see langword="null"/>.</exception>
    public static int BucketOf(string clientCode, long activityId, string visitorId) =>
        (int)Math.Round(Of(clientCode, activityId, visitorId) * 100, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Chooses the id the engine hashes for a visitor: the first non-empty of <c>marketingCloudVisitorId</c>,
    /// <c>tntId</c> up to its first dot, and <c>thirdPartyId</c>; for a visitor known only by an authenticated customer
    /// id, <c>customer:{integrationCode}:{id}</c> of the first one (this engine keeps such a visitor sticky, where
    /// Adobe's engine draws a random id on every call).
    /// </summary>
    /// <param name="id">The request's visitor id.</param>
    /// <returns>The id to hash, or <see langword="null"/> when the visitor has none (the engine then hashes a random id).</returns>
    public static string? VisitorIdOf(VisitorId? id) => id is null ? null : VisitorIdentity.StableAllocationId(id);
}
