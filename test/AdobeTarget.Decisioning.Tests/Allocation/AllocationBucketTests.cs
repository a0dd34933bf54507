namespace AdobeTarget.Decisioning.Tests.Allocation;

public sealed class AllocationBucketTests
{
    [Fact]
    public void For_TraceFixtureVisitor_Is48Point44()
    {
        // NOTES §5: hash 1237814844 → 4844 → 48.44 (the third-party id keeps its ".28_0").
        Assert.Equal(48.44, AllocationBucket.For("someClientId", 125873, "338e3c1e51f7416a8e1ccba4f81acea0.28_0"));
    }

    [Fact]
    public void ForDeviceId_NegativeHash_UsesAbsoluteValue()
    {
        // -1846592194 → |h| mod 10000 = 2194 → 21.94
        Assert.Equal(21.94, AllocationBucket.ForDeviceId("someClientId.123456.tntId123.salty"));
        // -683299703 → 9703 → 97.03
        Assert.Equal(97.03, AllocationBucket.ForDeviceId("targettesting.125880.4c038b35f1b1453d80a3e7da8208c617.campaign"));
    }

    [Fact]
    public void For_SameVisitor_IsSticky_AndEqualsDeviceIdForm()
    {
        double first = AllocationBucket.For("acme", 42, "visitor-1");
        Assert.Equal(first, AllocationBucket.For("acme", 42, "visitor-1"));
        Assert.Equal(first, AllocationBucket.ForDeviceId("acme.42.visitor-1.0"));
    }

    [Fact]
    public void For_ManyVisitors_StaysInRangeOnHundredthsAndSpreads()
    {
        var seen = new HashSet<double>();
        for (int i = 0; i < 5000; i++)
        {
            double value = AllocationBucket.For("acme", 125873, "visitor" + i);
            Assert.InRange(value, 0, 99.99);
            Assert.Equal(value, Math.Round(value, 2));
            seen.Add(Math.Floor(value / 10));
        }

        Assert.Equal(10, seen.Count); // every tenth of the range is hit
    }

    [Fact]
    public void For_LongVisitorId_UsesPooledBufferAndMatchesDeviceIdForm()
    {
        string visitor = new('v', 1000);
        Assert.Equal(AllocationBucket.ForDeviceId("c.7." + visitor + ".0"), AllocationBucket.For("c", 7, visitor));
    }
}
