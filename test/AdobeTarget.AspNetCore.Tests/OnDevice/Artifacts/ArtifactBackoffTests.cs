using AdobeTarget.Internal;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Artifacts;

public class ArtifactBackoffTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(9, 256)]
    [InlineData(10, 300)]
    [InlineData(64, 300)]
    public void Bound_DoublesFromOneSecond_CappedAtFiveMinutes(int attempt, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), ArtifactBackoff.Bound(attempt, TimeSpan.FromHours(1)));

    [Fact]
    public void Bound_ShortPollingInterval_CapsTheDelay() =>
        Assert.Equal(TimeSpan.FromSeconds(10), ArtifactBackoff.Bound(6, TimeSpan.FromSeconds(10)));

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.5, 2000)]
    [InlineData(0.999, 3996)]
    public void Delay_IsTheRandomShareOfTheBound(double random, int milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), ArtifactBackoff.Delay(3, TimeSpan.FromMinutes(5), random));
}
