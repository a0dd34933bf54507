using AdobeTarget.Decisioning.Decisions;

namespace AdobeTarget.Decisioning.Tests.Decisions;

public sealed class NotificationIdsTests
{
    [Fact]
    public void Next_ManyIds_AreDistinctVersion4Uuids()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => NotificationIds.Next()).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id));
    }
}
