using System.Text.RegularExpressions;
using AdobeTarget.Delivery;

namespace AdobeTarget.LocalEdge.Internal;

/// <summary>The visitor of a request: the tntId it keeps (assigned when new) and the key that allocation hashes.</summary>
internal sealed partial record LocalVisitor(string TntId, string Key)
{
    public static LocalVisitor Of(VisitorId? id, string locationHint)
    {
        if (id?.TntId is { Length: > 0 } tntId)
        {
            return new LocalVisitor(tntId, HintSuffix().Replace(tntId, ""));
        }

        var assigned = Guid.NewGuid().ToString("N");
        var key = id?.ThirdPartyId ?? id?.MarketingCloudVisitorId ?? assigned;
        return new LocalVisitor($"{assigned}.{locationHint}_0", key);
    }

    [GeneratedRegex(@"\.[0-9]+_[0-9]+$")]
    private static partial Regex HintSuffix();
}
