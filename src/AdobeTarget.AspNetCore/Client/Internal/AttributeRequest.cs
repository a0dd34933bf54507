using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>Adds the mboxes whose attributes are read to a request's <c>execute</c>, on copies.</summary>
internal static class AttributeRequest
{
    public static DeliveryRequest WithExecutedMboxes(DeliveryRequest request, IReadOnlyList<string> names)
    {
        var executed = request.Execute?.Mboxes ?? [];
        var prefetched = request.Prefetch?.Mboxes ?? [];
        var nextIndex = executed.Concat(prefetched).Select(m => m.Index ?? -1).DefaultIfEmpty(-1).Max() + 1;
        var mboxes = new List<MboxRequest>(executed);
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (!executed.Any(m => m.Name == name) && !prefetched.Any(m => m.Name == name))
            {
                mboxes.Add(new MboxRequest { Name = name, Index = nextIndex++ });
            }
        }

        return request with { Execute = (request.Execute ?? new ExecuteRequest()) with { Mboxes = mboxes } };
    }
}
