@echo off
rem PyBuild's build script for Windows. Verbs: build (default), test, pack, install [--tool-path DIR], demo.
setlocal EnableDelayedExpansion
cd /d "%~dp0"
set "ROOT=%~dp0"
set "PACKAGES=%ROOT%artifacts\packages"
if "%CONFIGURATION%"=="" set "CONFIGURATION=Release"
set "VERB=%~1"
if "%VERB%"=="" set "VERB=build"
set "TOOL_PATH="
if /i "%~2"=="--tool-path" set "TOOL_PATH=%~3"
if "%NUGET_PACKAGES%"=="" set "NUGET_PACKAGES=%USERPROFILE%\.nuget\packages"

if /i "%VERB%"=="build" goto :build
if /i "%VERB%"=="test" goto :test
if /i "%VERB%"=="pack" goto :pack_only
if /i "%VERB%"=="install" goto :install_only
if /i "%VERB%"=="demo" goto :demo
echo usage: build.cmd [build^|test^|pack^|install [--tool-path DIR]^|demo] 1>&2
exit /b 2

:build
dotnet build PyBuild.sln -c %CONFIGURATION% -nologo -v:minimal
exit /b %ERRORLEVEL%

:pack
if not exist "%PACKAGES%" mkdir "%PACKAGES%"
del /q "%PACKAGES%\*.nupkg" 2>nul
dotnet pack PyBuild.sln -c %CONFIGURATION% -nologo -v:minimal -o "%PACKAGES%" || exit /b 1
rem Re-packing the same version must not be shadowed by NuGet's caches of an older build.
rmdir /s /q "%ROOT%artifacts\testassets-packages" 2>nul
rmdir /s /q "%NUGET_PACKAGES%\pybuild.tool\0.1.0" 2>nul
rmdir /s /q "%NUGET_PACKAGES%\pybuild\0.1.0" 2>nul
exit /b 0

:pack_only
call :pack
exit /b %ERRORLEVEL%

:install
if not "%TOOL_PATH%"=="" (
  dotnet tool uninstall PyBuild.Tool --tool-path "%TOOL_PATH%" >nul 2>&1
  dotnet tool install PyBuild.Tool --tool-path "%TOOL_PATH%" --add-source "%PACKAGES%" --version 0.1.0 || exit /b 1
  exit /b 0
)
dotnet tool uninstall -g PyBuild.Tool >nul 2>&1
dotnet tool install -g PyBuild.Tool --add-source "%PACKAGES%" --version 0.1.0 || exit /b 1
echo %PATH% | find /i "%USERPROFILE%\.dotnet\tools" >nul || echo note: add "%USERPROFILE%\.dotnet\tools" to PATH to use 'dotnet pyrun'
exit /b 0

:install_only
call :install
exit /b %ERRORLEVEL%

:test
call :build || exit /b 1
call :pack || exit /b 1
set "RESULTS=%ROOT%artifacts\test-results"
rmdir /s /q "%RESULTS%" 2>nul
dotnet test PyBuild.sln -c %CONFIGURATION% --no-build -nologo -v:minimal --logger trx --results-directory "%RESULTS%"
set "STATUS=%ERRORLEVEL%"
powershell -NoProfile -Command "$p=0;$f=0;$t=0; Get-ChildItem '%RESULTS%\*.trx' | ForEach-Object { $c=([xml](Get-Content $_)).TestRun.ResultSummary.Counters; $p+=[int]$c.passed; $f+=[int]$c.failed; $t+=[int]$c.total }; Write-Output ('{0} passed, {1} failed, {2} skipped' -f $p,$f,($t-$p-$f)); if ($f -gt 0 -or $p -eq 0) { exit 1 }"
if errorlevel 1 exit /b 1
exit /b %STATUS%

:demo
call :pack || exit /b 1
call :install || exit /b 1
if not "%TOOL_PATH%"=="" (set "PATH=%TOOL_PATH%;%PATH%") else (set "PATH=%USERPROFILE%\.dotnet\tools;%PATH%")
dotnet build testassets\HelloPy -nologo -v:minimal || exit /b 1
echo --- dotnet pyrun testassets\HelloPy\app.py
pushd testassets\HelloPy
dotnet pyrun app.py
set "STATUS=%ERRORLEVEL%"
popd
exit /b %STATUS%
