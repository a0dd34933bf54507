using AdobeTarget.LoadTest;

// dotnet run -c Release --project bench/AdobeTarget.LoadTest -- --users 500 --healthy 20 --faults 20 --recovery 20
// Total outage, breaker off then on: ... -- --users 200 --healthy 10 --faults 0 --outage 40 --recovery 30 --timeout 3 --breaker off
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

Console.WriteLine($"Load: {options.Users} virtual users; healthy {options.Healthy.TotalSeconds} s, faults {options.Faults.TotalSeconds} s ({options.FaultShare:P0} of edge calls), outage {options.Outage.TotalSeconds} s, recovered {options.Recovery.TotalSeconds} s; Target timeout {options.TargetTimeout.TotalMilliseconds} ms; circuit breaker {(options.CircuitBreaker ? "on" : "off")}{(options.BreakerSampling is { } sampling ? $", sampling {sampling.TotalSeconds} s" : "")}");
var result = await LoadRun.RunAsync(options, Console.Out);
Console.WriteLine(result);
return result.Passed ? 0 : 1;
