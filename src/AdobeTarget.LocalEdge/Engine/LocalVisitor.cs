using AdobeTarget.Decisioning;
using AdobeTarget.Delivery;

namespace AdobeTarget.LocalEdge.Internal;

/// <summary>
/// The visitor of a request: the tntId it keeps (assigned when new) and the key that allocation hashes, chosen as
/// Adobe's on-device engine chooses it (<see cref="TargetAllocation.VisitorIdOf"/>; a new visitor's assigned tntId
/// otherwise).
/// </summary>
internal sealed record LocalVisitor(string TntId, string Key)
{
    public static LocalVisitor Of(VisitorId? id, string locationHint)
    {
        var key = TargetAllocation.VisitorIdOf(id);
        if (id?.TntId is { Length: > 0 } tntId)
        {
            return new LocalVisitor(tntId, key ?? tntId);
        }

        var assigned = Guid.NewGuid().ToString("N");
        return new LocalVisitor($"{assigned}.{locationHint}_0", key ?? assigned);
    }
}
