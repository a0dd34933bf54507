namespace AdobeTarget.AspNetCore.Tests.Infrastructure;

/// <summary>Waits for a condition that background work makes true, failing after a generous bound instead of hanging.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"The condition did not become true within {timeoutSeconds} s.");
            await Task.Delay(5);
        }
    }
}
