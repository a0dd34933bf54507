using AdobeTarget.LoadTest;

// dotnet run -c Release --project bench/AdobeTarget.LoadTest -- --users 500 --healthy 20 --faults 20 --recovery 20
var options = LoadOptions.Parse(args);
Console.WriteLine($"Load: {options.Users} virtual users; healthy {options.Healthy.TotalSeconds} s, faults {options.Faults.TotalSeconds} s ({options.FaultShare:P0} of edge calls), recovered {options.Recovery.TotalSeconds} s; Target timeout {options.TargetTimeout.TotalMilliseconds} ms");
var result = await LoadRun.RunAsync(options, Console.Out);
Console.WriteLine(result);
return result.Passed ? 0 : 1;
