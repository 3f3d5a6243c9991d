; CRC Kiosk Windows installer (NSIS 3). Per-machine install; station data in ProgramData survives upgrades.
;
; Build (after packaging/build.py made the onedir bundle):
;   makensis -DBUNDLE_DIR=..\..\dist\crc-kiosk -DVERSION=0.1.0 -DOUTFILE=..\..\dist\crc-kiosk-setup.exe crc-kiosk.nsi
;
; Install, silently, on a station (IT):
;   crc-kiosk-setup.exe /S [/TRUSTKEY=C:\path\org.pub] [/PROVISION=C:\path\station-file] [/KIOSK] [/USER=DOMAIN\account]
;     /TRUSTKEY=FILE   installs the organisation's provisioning public key (PEM) among the station's trusted keys
;     /PROVISION=FILE  runs "crc-kiosk-cli provision FILE" after the files are in place (exit code 3 if it fails)
;     /KIOSK           starts the app at every logon (kiosk stations); provisioning may also ask for it
;     /USER=ACCOUNT    adds the Windows account that runs the app to the "CRC Kiosk Users" group
; Station data (C:\ProgramData\CRC Kiosk) is readable and writable by the "CRC Kiosk Users" group, SYSTEM and
; Administrators only; add more accounts with: net localgroup "CRC Kiosk Users" ACCOUNT /add
; Upgrade: run a newer installer the same way; program files are replaced, station data is not touched.
; Uninstall, silently:        "%ProgramFiles%\CRC Kiosk\uninstall.exe" /S
; and delete station data:    "%ProgramFiles%\CRC Kiosk\uninstall.exe" /S /PURGE=1
; Exit codes: 0 done, 1 cancelled, 2 aborted (e.g. not an administrator), 3 provisioning failed.

Unicode true
ManifestDPIAware true
RequestExecutionLevel admin
; -DFAST (CI's proof that the script builds against the real bundle): store, don't compress (lzma: minutes).
!ifdef FAST
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "..\..\dist\crc-kiosk"
!endif
!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "crc-kiosk-setup-${VERSION}.exe"
!endif

!define APP_NAME "CRC Kiosk"
!define APP_KEY "CRCKiosk"
!define GUI_EXE "crc-kiosk.exe"
!define CLI_EXE "crc-kiosk-cli.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_KEY}"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
!define ENV_KEY "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"
; Same variable as on Linux: every crc-kiosk process on the machine uses the one station data dir.
!define DATA_ENV "CRC_KIOSK_DATA_DIR"
; The station's secrets (database key, plan credentials, site keys) in a folder of their own beside the data, so
; the account that provisions (an administrator, SYSTEM) and the accounts that run the app find the same keys,
; and a copy of the data folder cannot be opened with what it holds. Not the Credential Manager: it is per user.
!define KEY_ENV "CRC_KIOSK_KEY_DIR"
; The local group whose members may read and write the station data (the kiosk account, front-desk staff).
!define USERS_GROUP "CRC Kiosk Users"
; Where "crc-kiosk provision" looks for trusted public keys: platformdirs' site config dir (kiosk/provisioning.py).
!define TRUSTED_KEYS "CRC\crc-kiosk\provisioning-keys"

!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"
!include "MUI2.nsh"
!include "WinMessages.nsh"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
ShowInstDetails show
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP_NAME} installer"
VIAddVersionKey "LegalCopyright" "CRC Kiosk team"

; The icon is rendered from SVG at build time (packaging/windows/make_icon.py): no binary in the repository.
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Var DataDir
Var KeyDir
Var ProvisionFile
Var KioskMode
Var StationUser
Var TrustKey

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP_NAME} needs 64-bit Windows 10 or 11." /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  ; An upgrade goes where the previous version is, whatever /D said.
  ReadRegStr $0 HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $0 != ""
    StrCpy $INSTDIR $0
  ${EndIf}
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PROVISION=" $ProvisionFile
  ${If} ${Errors}
    StrCpy $ProvisionFile ""
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/TRUSTKEY=" $TrustKey
  ${If} ${Errors}
    StrCpy $TrustKey ""
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/USER=" $StationUser
  ${If} ${Errors}
    StrCpy $StationUser ""
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/KIOSK" $R1
  ${IfNot} ${Errors}
    StrCpy $KioskMode "1"
  ${EndIf}
  StrCpy $DataDir "$APPDATA\${APP_NAME}"  ; all users: C:\ProgramData\CRC Kiosk
  StrCpy $KeyDir "$APPDATA\${APP_NAME} Keys"
FunctionEnd

Section "Install"
  ; A running app holds its files open; it restarts at the next logon or from the Start menu.
  nsExec::Exec 'taskkill /F /IM "${GUI_EXE}"'
  Pop $0
  ; Upgrade in place: replace the program files wholesale (no stale modules), never touch $DataDir.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Station data: ProgramData, kept by upgrade and uninstall. Member data must not be readable by every local
  ; user, so the folder does not inherit ProgramData's "Users: read": SYSTEM and Administrators have full
  ; control, the "CRC Kiosk Users" group may modify, nobody else gets in. Applied again at every upgrade.
  nsExec::ExecToLog 'net localgroup "${USERS_GROUP}" /add /comment:"May use CRC Kiosk and its station data"'
  Pop $0  ; 2 when the group exists already (an upgrade)
  ${If} $StationUser != ""
    nsExec::ExecToLog 'net localgroup "${USERS_GROUP}" "$StationUser" /add'
    Pop $0
  ${EndIf}
  CreateDirectory "$DataDir"
  nsExec::ExecToLog 'icacls "$DataDir" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F "${USERS_GROUP}:(OI)(CI)M" /C /Q'
  Pop $0
  ${If} $0 != 0
    MessageBox MB_ICONSTOP "Could not set the permissions of $DataDir (icacls exit $0)" /SD IDOK
    SetErrorLevel 2
    Abort
  ${EndIf}
  WriteRegExpandStr HKLM "${ENV_KEY}" "${DATA_ENV}" "$DataDir"
  CreateDirectory "$KeyDir"
  nsExec::ExecToLog 'icacls "$KeyDir" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F "${USERS_GROUP}:(OI)(CI)M" /C /Q'
  Pop $0
  ${If} $0 != 0
    MessageBox MB_ICONSTOP "Could not set the permissions of $KeyDir (icacls exit $0)" /SD IDOK
    SetErrorLevel 2
    Abort
  ${EndIf}
  WriteRegExpandStr HKLM "${ENV_KEY}" "${KEY_ENV}" "$KeyDir"
  SendMessage ${HWND_BROADCAST} ${WM_WININICHANGE} 0 "STR:Environment" /TIMEOUT=2000

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "run" "$INSTDIR\${GUI_EXE}" 0

  ; The site link: a child-care station's app answers the site's kiosks on the port its [site_link] names. Without
  ; a rule Windows Firewall asks the room's user (who may not allow it) the first time; private and domain
  ; networks only, never public ones. Re-made at every upgrade (the program path may have moved).
  nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="${APP_NAME} site link"'
  Pop $0
  nsExec::ExecToLog 'netsh advfirewall firewall add rule name="${APP_NAME} site link" dir=in action=allow program="$INSTDIR\${GUI_EXE}" protocol=TCP profile=private,domain enable=yes'
  Pop $0

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "CRC Kiosk team"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0

  ; Kiosk stations start the app at every logon (pair with Windows Assigned Access for lockdown).
  ${If} $KioskMode == "1"
    WriteRegStr HKLM "${RUN_KEY}" "${APP_KEY}" '"$INSTDIR\${GUI_EXE}" run'
  ${EndIf}

  ; Trusted provisioning keys: only SYSTEM and Administrators may change them (whoever can add a key can
  ; provision the station), everyone may read them.
  ${If} $TrustKey != ""
    CreateDirectory "$APPDATA\${TRUSTED_KEYS}"
    nsExec::ExecToLog 'icacls "$APPDATA\${TRUSTED_KEYS}" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX /C /Q'
    Pop $0
    ${GetFileName} $TrustKey $R2
    ClearErrors
    CopyFiles /SILENT "$TrustKey" "$APPDATA\${TRUSTED_KEYS}\$R2"
    ${If} ${Errors}
      MessageBox MB_ICONEXCLAMATION "Could not install the trusted key $TrustKey" /SD IDOK
      SetErrorLevel 3
    ${EndIf}
  ${EndIf}

  ; The data dir is passed explicitly and the key dir set here: this process's environment predates the
  ; variables written above, and provisioning must keep the keys where the app will look for them.
  ${If} $ProvisionFile != ""
    System::Call 'Kernel32::SetEnvironmentVariable(t "${KEY_ENV}", t "$KeyDir") i'
    DetailPrint "Provisioning from $ProvisionFile"
    nsExec::ExecToLog '"$INSTDIR\${CLI_EXE}" provision "$ProvisionFile" --data-dir "$DataDir"'
    Pop $0
    ${If} $0 != 0
      MessageBox MB_ICONEXCLAMATION "Provisioning failed (exit $0); run: crc-kiosk-cli provision FILE" /SD IDOK
      SetErrorLevel 3
    ${EndIf}
  ${EndIf}
SectionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Uninstall"
  nsExec::Exec 'taskkill /F /IM "${GUI_EXE}"'
  Pop $0
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  DeleteRegValue HKLM "${RUN_KEY}" "${APP_KEY}"
  nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="${APP_NAME} site link"'
  Pop $0
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ; Data stays (records not yet sent, keys) unless IT asks: uninstall.exe /S /PURGE=1 (or /PURGE).
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PURGE" $R1
  ${IfNot} ${Errors}
  ${AndIf} $R1 != "=0"
    RMDir /r "$APPDATA\${APP_NAME}"
    RMDir /r "$APPDATA\${APP_NAME} Keys"
    DeleteRegValue HKLM "${ENV_KEY}" "${DATA_ENV}"
    DeleteRegValue HKLM "${ENV_KEY}" "${KEY_ENV}"
    nsExec::ExecToLog 'net localgroup "${USERS_GROUP}" /delete'
    Pop $0
    SendMessage ${HWND_BROADCAST} ${WM_WININICHANGE} 0 "STR:Environment" /TIMEOUT=2000
  ${EndIf}
SectionEnd
