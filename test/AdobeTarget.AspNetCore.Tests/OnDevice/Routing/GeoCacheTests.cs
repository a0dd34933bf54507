using AdobeTarget.Delivery;
using AdobeTarget.Internal;
using Microsoft.Extensions.Time.Testing;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Routing;

public class GeoCacheTests
{
    [Fact]
    public void Set_BeyondCapacity_EvictsTheLeastRecentlyUsedAddress()
    {
        var cache = new GeoCache(new FakeTimeProvider());
        for (var i = 0; i < GeoCache.Capacity; i++)
        {
            cache.Set($"10.0.{i / 256}.{i % 256}", new Geo { City = $"c{i}" });
        }

        Assert.True(cache.TryGet("10.0.0.0", out _)); // used: the oldest unused is now 10.0.0.1
        cache.Set("192.0.2.1", new Geo { City = "new" });

        Assert.Equal(GeoCache.Capacity, cache.Count);
        Assert.True(cache.TryGet("10.0.0.0", out var kept));
        Assert.Equal("c0", kept!.City);
        Assert.False(cache.TryGet("10.0.0.1", out _));
        Assert.True(cache.TryGet("192.0.2.1", out _));
    }

    [Fact]
    public void TryGet_AfterTheTimeToLive_MissesAndForgets()
    {
        var time = new FakeTimeProvider();
        var cache = new GeoCache(time);
        cache.Set("192.0.2.1", new Geo { City = "x" });

        time.Advance(GeoCache.TimeToLive - TimeSpan.FromSeconds(1));
        Assert.True(cache.TryGet("192.0.2.1", out _));
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.False(cache.TryGet("192.0.2.1", out _));
        Assert.Equal(0, cache.Count);
    }
}
