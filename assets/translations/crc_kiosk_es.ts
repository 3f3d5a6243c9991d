<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CameraView</name>
    <message>
        <source>Camera starting…</source>
        <translation type="unfinished">Iniciando la cámara…</translation>
    </message>
    <message>
        <source>No camera: use the scanner or type your ID</source>
        <translation type="unfinished">Sin cámara: use el escáner o escriba su número de identificación</translation>
    </message>
    <message>
        <source>Camera disconnected, reconnecting…</source>
        <translation type="unfinished">Cámara desconectada, reconectando…</translation>
    </message>
    <message>
        <source>Camera: hold your card or pass up to it</source>
        <translation type="unfinished">Cámara: acerque su tarjeta o pase</translation>
    </message>
</context>
<context>
    <name>ChooseScreen</name>
    <message>
        <source>Choose why you came</source>
        <translation type="unfinished">Elija por qué vino</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished">Bienvenido/a, %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Bienvenidos</translation>
    </message>
    <message>
        <source>What are you here for today? Touch one or more.</source>
        <translation type="unfinished">¿A qué vino hoy? Toque una o más opciones.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">Servicios</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">Clases de hoy</translation>
    </message>
    <message>
        <source>No classes today.</source>
        <translation type="unfinished">Hoy no hay clases.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished">%1 a %2</translation>
    </message>
    <message>
        <source>%1 (full)</source>
        <translation type="unfinished">%1 (lleno)</translation>
    </message>
    <message>
        <source>Children with me</source>
        <translation type="unfinished">Vengo con niños</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">Registrar mi llegada</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Your slip is printing.</source>
        <translation type="unfinished">Su comprobante se está imprimiendo.</translation>
    </message>
    <message>
        <source>The printer is not available. Please take a photo of the screen.</source>
        <translation type="unfinished">La impresora no está disponible. Tómele una foto a la pantalla.</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation type="unfinished">Su llegada quedó registrada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Listo</translation>
    </message>
    <message>
        <source>Your CRC pass QR code</source>
        <translation type="unfinished">El código QR de su pase CRC</translation>
    </message>
    <message>
        <source>Take a photo of this code. Next time, scan it here.</source>
        <translation type="unfinished">Tómele una foto a este código. La próxima vez, escanéelo aquí.</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation type="unfinished">Imprimir un comprobante</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation type="unfinished">Ya registró su llegada</translation>
    </message>
    <message>
        <source>You are checked in, %1</source>
        <translation type="unfinished">Su llegada quedó registrada, %1</translation>
    </message>
    <message>
        <source>Child care: please go to the front desk for your pickup code.</source>
        <translation type="unfinished">Cuidado de niños: pase a la recepción por su código para recoger.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">¿Sigue ahí?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s), to keep your information private.</source>
        <translation type="unfinished">
            <numerusform>Empezamos de nuevo en %n segundo, para proteger su información.</numerusform>
            <numerusform>Empezamos de nuevo en %n segundos, para proteger su información.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">Sigo aquí</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy. Trying again.</source>
        <translation type="unfinished">La base de datos está ocupada. Intentando de nuevo.</translation>
    </message>
    <message>
        <source>This station cannot save records. Please call IT.</source>
        <translation type="unfinished">Esta estación no puede guardar registros. Llame al equipo de TI.</translation>
    </message>
    <message>
        <source>The database needs attention. Please call IT.</source>
        <translation type="unfinished">La base de datos necesita atención. Llame al equipo de TI.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the front desk for help.</source>
        <translation type="unfinished">Algo salió mal. Pida ayuda en la recepción.</translation>
    </message>
    <message>
        <source>Please use your member card</source>
        <translation type="unfinished">Use su tarjeta de miembro</translation>
    </message>
    <message>
        <source>A driver&apos;s license or state ID cannot be used here, and nothing from it was kept. Scan your health plan card or CRC pass, or type your details.</source>
        <translation type="unfinished">Aquí no se puede usar una licencia de conducir ni una identificación estatal, y no se guardó nada de ella. Escanee su tarjeta del plan de salud o su pase CRC, o escriba sus datos.</translation>
    </message>
    <message>
        <source>A bank card cannot be used here. Scan your health plan card or CRC pass, or type your ID.</source>
        <translation type="unfinished">Aquí no se puede usar una tarjeta bancaria. Escanee su tarjeta del plan de salud o su pase CRC, o escriba su número.</translation>
    </message>
    <message>
        <source>We could not read this pass</source>
        <translation type="unfinished">No pudimos leer este pase</translation>
    </message>
    <message>
        <source>Please see the front desk. They will check you in.</source>
        <translation type="unfinished">Pase a la recepción. Allí registrarán su llegada.</translation>
    </message>
    <message>
        <source>We could not use this card</source>
        <translation type="unfinished">No pudimos usar esta tarjeta</translation>
    </message>
    <message>
        <source>Try again, type your ID, or touch &quot;I don&apos;t have a card&quot;. The front desk can also help.</source>
        <translation type="unfinished">Intente de nuevo, escriba su número o toque &quot;No tengo tarjeta&quot;. La recepción también puede ayudarle.</translation>
    </message>
    <message>
        <source>Please type your member ID.</source>
        <translation type="unfinished">Escriba su número de miembro.</translation>
    </message>
    <message>
        <source>This ID does not look complete or right. Please check it.</source>
        <translation type="unfinished">Este número no parece completo o correcto. Revíselo.</translation>
    </message>
    <message>
        <source>This ID matches more than one card. Please see the front desk.</source>
        <translation type="unfinished">Este número coincide con más de una tarjeta. Pase a la recepción.</translation>
    </message>
    <message>
        <source>This is not an ID we know. Please check it.</source>
        <translation type="unfinished">No reconocemos este número. Revíselo.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished">Ejemplo: %1</translation>
    </message>
    <message>
        <source>We did not find this ID</source>
        <translation type="unfinished">No encontramos este número</translation>
    </message>
    <message>
        <source>You can try again, register now (it takes a minute), or see the front desk.</source>
        <translation type="unfinished">Puede intentar de nuevo, registrarse ahora (toma un minuto) o pasar a la recepción.</translation>
    </message>
    <message>
        <source>This class just filled up</source>
        <translation type="unfinished">Esta clase se acaba de llenar</translation>
    </message>
    <message>
        <source>Please choose something else, or see the front desk.</source>
        <translation type="unfinished">Elija otra opción o pase a la recepción.</translation>
    </message>
    <message>
        <source>Please check what you typed</source>
        <translation type="unfinished">Revise lo que escribió</translation>
    </message>
    <message>
        <source>Something is missing or not right. The front desk can help.</source>
        <translation type="unfinished">Falta algo o algo no es correcto. La recepción puede ayudarle.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong</source>
        <translation type="unfinished">Lo sentimos, algo salió mal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">Ese PIN no es correcto. Intente de nuevo.</translation>
    </message>
    <message>
        <source>Too many tries. Please wait, then try again.</source>
        <translation type="unfinished">Demasiados intentos. Espere y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Staff sign-in is not available</source>
        <translation type="unfinished">El acceso del personal no está disponible</translation>
    </message>
    <message>
        <source>Please call IT to leave kiosk mode.</source>
        <translation type="unfinished">Llame al equipo de TI para salir del modo quiosco.</translation>
    </message>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">Quiosco CRC: %1</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">Mensaje</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">Intentar de nuevo</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">Escribir mi número</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">Registrarme</translation>
    </message>
    <message>
        <source>Choose again</source>
        <translation type="unfinished">Elegir de nuevo</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished">Volver al inicio</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished">Teclado en pantalla</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation type="unfinished">Borrar el último carácter</translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished">Espacio</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Please type your first name.</source>
        <translation type="unfinished">Escriba su nombre.</translation>
    </message>
    <message>
        <source>Please type your last name.</source>
        <translation type="unfinished">Escriba su apellido.</translation>
    </message>
    <message>
        <source>Please type your date of birth: month, day, year.</source>
        <translation type="unfinished">Escriba su fecha de nacimiento: mes, día, año.</translation>
    </message>
    <message>
        <source>A phone number has 10 digits. You can also leave it empty.</source>
        <translation type="unfinished">Un número de teléfono tiene 10 dígitos. También puede dejarlo vacío.</translation>
    </message>
    <message>
        <source>Please type the member ID from your plan card.</source>
        <translation type="unfinished">Escriba el número de miembro de la tarjeta de su plan.</translation>
    </message>
    <message>
        <source>Please answer: may we share your visits?</source>
        <translation type="unfinished">Responda: ¿podemos compartir sus visitas?</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">Registrarme</translation>
    </message>
    <message>
        <source>Tell us about you</source>
        <translation type="unfinished">Cuéntenos sobre usted</translation>
    </message>
    <message>
        <source>It takes about a minute. Touch a box, then type on the keys.</source>
        <translation type="unfinished">Toma más o menos un minuto. Toque una casilla y escriba con las teclas.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">Apellido(s)</translation>
    </message>
    <message>
        <source>Date of birth (month / day / year)</source>
        <translation type="unfinished">Fecha de nacimiento (mes / día / año)</translation>
    </message>
    <message>
        <source>Phone (you can leave this empty)</source>
        <translation type="unfinished">Teléfono (puede dejarlo vacío)</translation>
    </message>
    <message>
        <source>Language you prefer</source>
        <translation type="unfinished">Idioma que prefiere</translation>
    </message>
    <message>
        <source>Your health plan, if you know it</source>
        <translation type="unfinished">Su plan de salud, si lo sabe</translation>
    </message>
    <message>
        <source>Member ID from your plan card</source>
        <translation type="unfinished">Número de miembro de la tarjeta de su plan</translation>
    </message>
    <message>
        <source>May we tell your health plan when you visit us? It helps them help you.</source>
        <translation type="unfinished">¿Podemos avisarle a su plan de salud cuando nos visite? Así pueden ayudarle mejor.</translation>
    </message>
    <message>
        <source>No plan / I don&apos;t know</source>
        <translation type="unfinished">Sin plan / No sé</translation>
    </message>
    <message>
        <source>Yes, share my visits</source>
        <translation type="unfinished">Sí, compartan mis visitas</translation>
    </message>
    <message>
        <source>No, do not share</source>
        <translation type="unfinished">No, no compartan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Atrás</translation>
    </message>
    <message>
        <source>Register and continue</source>
        <translation type="unfinished">Registrarme y continuar</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN del personal</translation>
    </message>
    <message>
        <source>Staff only: type your PIN</source>
        <translation type="unfinished">Solo personal: escriba su PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Desbloquear</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Station status</source>
        <translation type="unfinished">Estado de la estación</translation>
    </message>
    <message>
        <source>Checking the station…</source>
        <translation type="unfinished">Revisando la estación…</translation>
    </message>
    <message>
        <source>Database OK</source>
        <translation type="unfinished">Base de datos correcta</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n registro pendiente, sin conexión desde las %1</numerusform>
            <numerusform>%n registros pendientes, sin conexión desde las %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform>%n registro pendiente de sincronizar</numerusform>
            <numerusform>%n registros pendientes de sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>No records waiting</source>
        <translation type="unfinished">No hay registros pendientes</translation>
    </message>
    <message>
        <source>All records sent</source>
        <translation type="unfinished">Todos los registros enviados</translation>
    </message>
    <message>
        <source>%1: credentials need attention (call IT)</source>
        <translation type="unfinished">%1: las credenciales necesitan atención (llame a TI)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>%n registro rechazado</numerusform>
            <numerusform>%n registros rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock is off by %n minute(s): check the time</source>
        <translation type="unfinished">
            <numerusform>El reloj está desfasado %n minuto: revise la hora</numerusform>
            <numerusform>El reloj está desfasado %n minutos: revise la hora</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypedIdScreen</name>
    <message>
        <source>Type your ID</source>
        <translation type="unfinished">Escriba su número</translation>
    </message>
    <message>
        <source>Type your member ID</source>
        <translation type="unfinished">Escriba su número de miembro</translation>
    </message>
    <message>
        <source>It is on your health plan card or Medi-Cal card.</source>
        <translation type="unfinished">Está en su tarjeta del plan de salud o de Medi-Cal.</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished">Número de miembro</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Atrás</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Continuar</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome screen</source>
        <translation type="unfinished">Pantalla de bienvenida</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Bienvenidos</translation>
    </message>
    <message>
        <source>Touch your language to begin</source>
        <translation type="unfinished">Toque su idioma para comenzar</translation>
    </message>
    <message>
        <source>Use the card scanner, or touch &quot;Type my ID&quot;.</source>
        <translation type="unfinished">Use el lector de tarjetas o toque &quot;Escribir mi número&quot;.</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">Acerque su tarjeta o pase a la cámara</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">Escribir mi número</translation>
    </message>
    <message>
        <source>I don&apos;t have a card</source>
        <translation type="unfinished">No tengo tarjeta</translation>
    </message>
    <message>
        <source>Show the screen in this language</source>
        <translation type="unfinished">Mostrar la pantalla en este idioma</translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation type="unfinished">Plan A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation type="unfinished">Plan B</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">Logotipo de %1</translation>
    </message>
</context>
</TS>
