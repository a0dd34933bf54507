using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Decisions;

/// <summary>
/// Visitor id preparation and the id allocation hashes, as Adobe's engine chooses them, except for a visitor
/// known only by an authenticated customer id (see <see cref="AllocationId"/>).
/// </summary>
internal static class VisitorIdentity
{
    /// <summary>
    /// The request's visitor id, with a new <c>tntId</c> (32 hex digits, plus <c>.{hint}_0</c> when a location hint is
    /// given) when it has no tntId, marketingCloudVisitorId, authenticated customer id or thirdPartyId.
    /// </summary>
    public static VisitorId Prepare(VisitorId? id, string? locationHint)
    {
        var result = id is null ? new VisitorId() : id with { };
        if (string.IsNullOrEmpty(result.TntId)
            && string.IsNullOrEmpty(result.MarketingCloudVisitorId)
            && AuthenticatedCustomer(result) is null
            && string.IsNullOrEmpty(result.ThirdPartyId))
        {
            var hint = string.IsNullOrWhiteSpace(locationHint) ? string.Empty : $".{locationHint}_0";
            result.TntId = Guid.NewGuid().ToString("N") + hint;
        }

        return result;
    }

    /// <summary>
    /// The visitor id hashed for allocation: the first non-empty of marketingCloudVisitorId, tntId (up to its first
    /// dot) and thirdPartyId, as Adobe's engine does. For a visitor known only by an authenticated customer id,
    /// Adobe's engine hashes a new random id on every call; this engine instead hashes
    /// <c>customer:{integrationCode}:{id}</c> of the first authenticated customer id, so such a visitor stays in
    /// the same experience on every call. Otherwise (no id at all) a random id per call.
    /// </summary>
    public static string AllocationId(VisitorId id) => StableAllocationId(id) ?? Guid.NewGuid().ToString();

    /// <summary>The id <see cref="AllocationId"/> hashes, or null when the visitor has no id (a random one per call).</summary>
    public static string? StableAllocationId(VisitorId id)
    {
        if (!string.IsNullOrEmpty(id.MarketingCloudVisitorId))
        {
            return id.MarketingCloudVisitorId;
        }

        if (!string.IsNullOrEmpty(id.TntId))
        {
            var dot = id.TntId.IndexOf('.', StringComparison.Ordinal);
            var tnt = dot < 0 ? id.TntId : id.TntId[..dot];
            if (tnt.Length > 0)
            {
                return tnt;
            }
        }

        if (!string.IsNullOrEmpty(id.ThirdPartyId))
        {
            return id.ThirdPartyId;
        }

        if (AuthenticatedCustomer(id) is { } customer)
        {
            return $"customer:{customer.IntegrationCode}:{customer.Id}";
        }

        return null;
    }

    private static CustomerId? AuthenticatedCustomer(VisitorId id) =>
        id.CustomerIds?.FirstOrDefault(c => c is not null && c.AuthenticatedState == AuthenticatedState.Authenticated && !string.IsNullOrEmpty(c.Id));
}
